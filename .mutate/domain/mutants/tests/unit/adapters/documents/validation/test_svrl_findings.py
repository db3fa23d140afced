"""SVRL to findings: rule id, severity, business-term path, location and layer."""

import pytest

from adapters.documents.validation.svrl import business_term_path, findings_from_svrl, split_assertion_id
from domain.findings import Severity

SVRL = """<svrl:schematron-output xmlns:svrl="http://purl.oclc.org/dsdl/svrl">
  <svrl:fired-rule context="/"/>
  <svrl:failed-assert test="x" id="BR-CO-15" flag="fatal" location="/*:CrossIndustryInvoice[1]">
    <svrl:text>[BR-CO-15]-Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + Invoice
      total VAT amount (BT-110).</svrl:text>
  </svrl:failed-assert>
  <svrl:failed-assert test="x" id="BR-FR-05_BT-22_PMD" flag="warning" location="/a[1]">
    <svrl:text>BR-FR-05/BT-22 : La mention relative aux penalites de retard (code PMD) est absente.</svrl:text>
  </svrl:failed-assert>
  <svrl:failed-assert test="x" id="BR-52">
    <svrl:text>[BR-52]-Each Additional supporting document (BG-24) shall contain a Supporting document reference
      (BT-122).</svrl:text>
  </svrl:failed-assert>
  <svrl:successful-report test="@schemeID" location="/b[1]">
    <svrl:text>Attribute @schemeID' marked as not used in the given context.</svrl:text>
  </svrl:successful-report>
</svrl:schematron-output>"""


def test_failed_asserts_and_reports_become_findings() -> None:
    findings = findings_from_svrl(SVRL, "en16931")

    assert [(f.rule_id, f.severity, f.path, f.location) for f in findings] == [
        ("BR-CO-15", Severity.FATAL, "BT-112", "/*:CrossIndustryInvoice[1]"),
        ("BR-FR-05", Severity.WARNING, "BT-22", "/a[1]"),
        ("BR-52", Severity.FATAL, "BG-24/BT-122", ""),  # no flag: counted as fatal
        ("en16931-report", Severity.FATAL, "", "/b[1]"),
    ]
    assert findings[0].message.startswith("[BR-CO-15]-Invoice total amount with VAT (BT-112) = ")
    assert "\n" not in findings[0].message
    assert {f.layer for f in findings} == {"en16931"}


def test_empty_report_has_no_findings() -> None:
    assert (
        findings_from_svrl('<svrl:schematron-output xmlns:svrl="http://purl.oclc.org/dsdl/svrl"/>', "br-fr")
        == []
    )


@pytest.mark.parametrize(
    ("assertion_id", "expected"),
    [
        ("BR-CO-15", ("BR-CO-15", "")),
        ("BR-FR-01_BT-1", ("BR-FR-01", "BT-1")),
        ("BR-FR-CO-04_BT-29-1", ("BR-FR-CO-04", "BT-29-1")),
        ("BR-FR-01_EXT-FR-FE-136", ("BR-FR-01", "EXT-FR-FE-136")),
        ("BR-FR-CDV-CL-06_MDT-105_2", ("BR-FR-CDV-CL-06", "MDT-105")),
        ("BR-FR-01_BR-FR-02", ("BR-FR-01", "")),
    ],
)
def test_fnfe_assertion_ids_split_into_rule_and_term(assertion_id: str, expected: tuple[str, str]) -> None:
    assert split_assertion_id(assertion_id) == expected


def test_override_names_the_vat_breakdown_group() -> None:
    message = (
        "[BR-S-08]-For each different value of VAT category rate (BT-119) ... taxable amount (BT-116) ..."
    )

    assert business_term_path("BR-S-08", message) == "BG-23/BT-116"


def test_message_without_term_gives_empty_path() -> None:
    assert (
        business_term_path("CII-SR-001", "[CII-SR-001]-SpecifiedTradeProduct/ID should not be present") == ""
    )
