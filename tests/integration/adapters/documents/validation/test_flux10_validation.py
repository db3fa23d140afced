"""The flux 10 documents we write (each part of a declaration) pass the vendored DGFiP XSD and Flux10 schematron,
and the validator refuses what breaks them: a wrong transmission type, a missing block, an altered artifact."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from adapters.documents.validation import OfficialValidator
from adapters.documents.validation.artifacts import VENDORED_ROOT
from adapters.pdp.afnor.flux10 import Flux10Sender, FrrPart, parts_of, write_flux10
from tests.unit.adapters.pdp.afnor.test_afnor_reporting import DECLARATION_ID, payments, transactions

AT = datetime(2027, 2, 1, 9, 30, tzinfo=UTC)
SENDER = Flux10Sender("SIM1", "PA simulée")


def every_part() -> list[tuple[FrrPart, bytes]]:
    out = []
    for declaration in (transactions(), payments()):
        for part in parts_of(declaration):
            xml = write_flux10(declaration, part, declaration_id=DECLARATION_ID, issued_at=AT, sender=SENDER)
            out.append((part, xml))
    return out


def test_every_part_we_write_passes_the_xsd_and_the_schematron(validator: OfficialValidator) -> None:
    parts = every_part()
    assert {part for part, _ in parts} == set(FrrPart)
    for part, xml in parts:
        report = validator.validate_flux10(xml)
        assert report.valid and report.findings == (), (part, report.findings, report.errors)
        assert [name for name, _ in report.artifacts] == ["ereporting.xsd", "Flux10.xslt"]
        assert "Annexe 7 v1.8" in report.artifacts[1][1]


def _edited(xml: bytes, path: str, value: str | None) -> bytes:
    root = etree.fromstring(xml)
    element = root.find(path)
    if value is None:
        element.getparent().remove(element)
    else:
        element.text = value
    return etree.tostring(root)


def test_a_rule_of_the_schematron_is_enforced(validator: OfficialValidator) -> None:
    _, xml = every_part()[0]

    report = validator.validate_flux10(_edited(xml, "ReportDocument/TypeCode", "XX"))

    assert not report.valid
    assert [(f.layer, f.message[:7], f.location) for f in report.fatal] == [
        ("flux10", "[G8.01]", "/Report[1]/ReportDocument[1]/TypeCode[1]")
    ]


def test_a_document_missing_a_mandatory_block_fails_the_xsd(validator: OfficialValidator) -> None:
    _, xml = every_part()[0]

    report = validator.validate_flux10(_edited(xml, "ReportDocument/Issuer", None))

    assert not report.valid and any(f.layer == "xsd" for f in report.fatal)


def test_an_altered_flux10_artifact_makes_every_report_invalid(tmp_path: Path) -> None:
    root = tmp_path / "artifacts"
    shutil.copytree(VENDORED_ROOT, root)
    xslt = root / "dgfip-flux10" / "Flux10.xslt"
    xslt.write_bytes(xslt.read_bytes() + b"\n<!-- edited -->\n")
    _, xml = every_part()[0]

    report = OfficialValidator(vendored_root=root).validate_flux10(xml)

    assert not report.valid and not report.complete
    assert any("altered artifact" in e for e in report.errors)


@pytest.mark.parametrize("root_tag", ["Invoice", "{urn:x}Report"])
def test_a_document_that_is_not_a_flux_10_report_is_refused(
    validator: OfficialValidator, root_tag: str
) -> None:
    report = validator.validate_flux10(etree.tostring(etree.Element(root_tag)))

    assert not report.valid


@pytest.mark.parametrize("currency", ["EUR", "USD"])
def test_a_negative_or_foreign_collected_amount_breaks_the_dgfip_rules_payments_are_written_to_avoid(
    validator: OfficialValidator, currency: str
) -> None:
    """Why a reversal takes back from the days it reverses (domain.payments.taken_back) and payment data is
    converted to EUR (domain.payments.in_eur): the vendored Flux10 schematron refuses a signed collected amount
    (G1.16) and one in another currency (G6.27)."""
    payments_xml = next(xml for part, xml in every_part() if part is FrrPart.INVOICE_PAYMENTS)
    root = etree.fromstring(payments_xml)
    amount = root.find(".//PaymentsReport/Invoice/Payment/SubTotals/Amount")
    assert amount is not None
    if currency == "EUR":
        amount.text = "-" + amount.text
    else:
        amount.getparent().find("CurrencyCode").text = currency
    report = validator.validate_flux10(etree.tostring(root))
    expected = "[G1.16]" if currency == "EUR" else "[G6.27]"
    assert not report.valid and expected in {f.message[:7] for f in report.fatal}, report.fatal
