"""XP Z12-013 JSON and CDAR <-> domain values, and the AFNOR settings."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from lxml import etree

from adapters.pdp.afnor import cdar, payloads
from adapters.pdp.afnor.cdar import CdarSubject, UnreadableCdar, read_statuses, write_status
from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.afnor.signing import DigestForm
from domain.payments import RatePart
from domain.platform import DirectoryEntry, OutgoingStatus, PlatformConfigError

AT = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)


def flow(status: str, *codes: str) -> dict[str, object]:
    details = [{"level": "Error", "item": "x", "reasonCode": c, "reasonMessage": c} for c in codes]
    return {
        "flowId": "F1",
        "trackingId": "INV-1",
        "submittedAt": "2026-12-06T01:00:00Z",
        "updatedAt": "2026-12-06T01:00:05.123456Z",
        "acknowledgement": {"status": status, "details": details},
    }


def test_ok_is_deposited_200_and_error_is_rejected_213_with_its_reasons() -> None:
    ok = payloads.ack_status(flow("Ok"))
    error = payloads.ack_status(flow("Error", "InvalidSchema", "VirusFound"))

    assert ok is not None and (ok.code, ok.findings) == ("200", ())
    assert error is not None and error.code == "213"
    assert [f.rule_id for f in error.findings] == ["InvalidSchema", "VirusFound"]
    assert error.at == datetime(2026, 12, 6, 1, 0, 5, 123456, tzinfo=UTC)


def test_pending_and_a_rejected_copy_are_no_status() -> None:
    assert payloads.ack_status(flow("Pending")) is None
    assert payloads.ack_status(flow("Error", "AlreadyExistingFlow")) is None
    assert payloads.submission_record(flow("Error", "AlreadyExistingFlow")) is None
    assert payloads.ack_status(flow("Error", "AlreadyExistingFlow", "InvalidSchema")) is not None


def test_a_deposit_is_reconciled_by_its_tracking_id() -> None:
    record = payloads.submission_record(flow("Ok"))

    assert record is not None and (record.platform_id, record.invoice_number) == ("F1", "INV-1")


def test_the_standard_error_body_becomes_a_finding() -> None:
    [finding] = payloads.error_findings({"errorCode": "INVALID_FLOW_INFO", "errorMessage": "name"}, 400)

    assert (finding.rule_id, finding.message) == ("INVALID_FLOW_INFO", "name")
    assert payloads.error_findings("oops", 418)[0].rule_id == "HTTP-418"


def line(status: str, identifier: str = "732829320", routing: str = "") -> dict[str, object]:
    row: dict[str, object] = {
        "addressingIdentifier": identifier,
        "directoryLineStatus": status,
        "siren": "732829320",
        "platformType": "WK",
        "legalUnit": {"businessName": "ACME"},
    }
    if routing:
        row["routingCode"] = {"routingIdentifier": routing}
    return row


@pytest.mark.parametrize(
    ("lines", "reachable", "registered"),
    [
        ([line("Enabled")], True, True),
        ([line("Upcoming")], False, True),
        ([line("Disabled")], False, False),
        ([], False, False),
    ],
)
def test_a_recipient_is_reachable_when_a_line_is_enabled(lines, reachable: bool, registered: bool) -> None:
    entry = payloads.directory_entry("0225:732829320", lines, date(2026, 12, 6))

    assert (entry.reachable, entry.registered) == (reachable, registered)


def test_an_address_needs_its_own_line_enabled_a_bare_siren_any_line() -> None:
    lines = [line("Disabled"), line("Enabled", "732829320_SVC")]

    assert not payloads.directory_entry("0225:732829320", lines, date(2026, 12, 6)).reachable
    assert payloads.directory_entry("732829320", lines, date(2026, 12, 6)).reachable


def test_the_routing_code_and_name_are_kept() -> None:
    entry = payloads.directory_entry("732829320", [line("Enabled", routing="SVC-1")], date(2026, 12, 6))

    assert (entry.routing_code, entry.name, entry.network) == ("SVC-1", "ACME", "WK")


def _required(entry: DirectoryEntry) -> tuple[bool, bool, bool, bool]:
    return (
        entry.public_entity,
        entry.requires_engagement,
        entry.requires_service_code,
        entry.requires_engagement_or_service_code,
    )


def test_a_public_buyer_s_line_says_what_its_invoices_need() -> None:
    public = line("Enabled") | {
        "legalUnit": {"businessName": "MAIRIE", "entityType": "Public"},
        "facility": {
            "b2gAdditionalData": {
                "managesLegalCommitmentCode": False,
                "serviceCodeStatus": True,
                "managesLegalCommitmentOrServiceCode": True,
            }
        },
    }
    by_routing_code = line("Enabled", routing="SVC-1")
    by_routing_code["routingCode"] = {"routingIdentifier": "SVC-1", "managesLegalCommitment": True}
    today = date(2026, 12, 6)

    assert _required(payloads.directory_entry("732829320", [public], today)) == (True, False, True, True)
    assert _required(payloads.directory_entry("732829320", [by_routing_code], today)) == (
        False,
        True,
        False,
        False,
    )
    assert _required(payloads.directory_entry("732829320", [line("Enabled")], today)) == (False,) * 4


# --- CDAR -------------------------------------------------------------------------------------------------------


def test_a_status_written_as_cdar_reads_back() -> None:
    subject = CdarSubject("INV-1", date(2026, 12, 1), seller_siren="356000000", buyer_siren="732829320")
    content = write_status(
        subject,
        OutgoingStatus(code="207", reason="TX_TVA_ERR", message="rate"),
        message_id="M1",
        issued_at=AT,
        issuer_role="BY",
    )

    [item] = read_statuses(content, default_at=datetime.now(UTC))

    assert (item.subject.invoice_number, item.subject.seller_siren, item.subject.issue_date) == (
        "INV-1",
        "356000000",
        date(2026, 12, 1),
    )
    assert (item.status.code, item.status.reason, item.status.at, item.status.status_id) == (
        "207",
        "TX_TVA_ERR",
        AT,
        "cdar:M1:0",
    )
    assert item.issuer_role == "BY"


def test_a_status_goes_to_the_invoice_s_electronic_address_else_the_siren_s_default_one() -> None:
    subject = CdarSubject(
        "F-1", seller_siren="732829320", buyer_siren="552100554", buyer_address=("0225", "552100554_ACHATS")
    )

    def recipient(role: str) -> tuple[str, str]:
        root = etree.fromstring(
            write_status(
                subject,
                OutgoingStatus("205"),
                message_id="M",
                issued_at=datetime(2026, 12, 7, tzinfo=UTC),
                issuer_role=role,
            )
        )
        uri = root.find(
            "rsm:ExchangedDocument/ram:RecipientTradeParty/ram:URIUniversalCommunication/ram:URIID",
            {"rsm": cdar.RSM, "ram": cdar.RAM},
        )
        assert uri is not None
        return uri.get("schemeID", ""), uri.text or ""

    assert recipient("SE") == ("0225", "552100554_ACHATS")  # the buyer's BT-49
    assert recipient("BY") == ("0225", "732829320")  # no BT-34: the seller's SIREN under 0225 (BR-FR-21)


def test_a_paid_status_carries_amount_and_rate() -> None:
    content = write_status(
        CdarSubject("INV-1"),
        OutgoingStatus(code="212", amount=Decimal("1200.50"), vat_rate=Decimal("5.5")),
        message_id="M2",
        issued_at=AT,
        issuer_role="SE",
    )

    assert b">1200.50<" in content and b">5.5<" in content


def test_a_payment_over_two_rates_is_one_status_with_one_men_block_per_rate() -> None:
    parts = (RatePart(Decimal("5.5"), Decimal("74.77")), RatePart(Decimal("20"), Decimal("425.23")))
    content = write_status(
        CdarSubject("INV-1"),
        OutgoingStatus(code="212", amount=Decimal("500.00"), parts=parts),
        message_id="M3",
        issued_at=AT,
        issuer_role="SE",
    )
    root = etree.fromstring(content)
    blocks = [
        (
            c.findtext("{*}TypeCode"),
            c.findtext("{*}ValueAmount"),
            c.findtext("{*}ValuePercent"),
        )
        for c in root.iter("{*}SpecifiedDocumentCharacteristic")
    ]
    assert blocks == [("MEN", "74.77", "5.5"), ("MEN", "425.23", "20")]


def test_a_payment_status_reads_back_its_amount_summed_over_its_rates() -> None:
    """MDT-215 of a 211 or 212 is kept (the buyer's 211 is told against the books); one that is not a decimal,
    or past what the status history holds, is no amount: the status is taken without it, never refused."""
    parts = (RatePart(Decimal("5.5"), Decimal("74.77")), RatePart(Decimal("20"), Decimal("425.23")))
    paid = OutgoingStatus(code="211", amount=Decimal("500.00"), parts=parts)
    content = write_status(CdarSubject("INV-1"), paid, message_id="M4", issued_at=AT, issuer_role="BY")
    [item] = read_statuses(content, default_at=AT)
    assert (item.status.code, item.status.amount) == ("211", Decimal("500.00"))
    for bad in (b"1e3", b"abc", b"1" * 18 + b".00"):
        [item] = read_statuses(content.replace(b">74.77<", b">" + bad + b"<"), default_at=AT)
        assert (item.status.code, item.status.amount) == ("211", None)
    unpaid = write_status(
        CdarSubject("INV-1"), OutgoingStatus(code="205"), message_id="M5", issued_at=AT, issuer_role="BY"
    )
    assert read_statuses(unpaid, default_at=AT)[0].status.amount is None


@pytest.mark.parametrize(
    "content",
    [
        b"not xml",
        b"<a/>",
        write_status(
            CdarSubject("X"), OutgoingStatus(code="204"), message_id="M", issued_at=AT, issuer_role="BY"
        ).replace(b"ProcessConditionCode>204<", b"ProcessConditionCode><"),
    ],
)
def test_an_unreadable_cdar_is_refused_with_a_reason(content: bytes) -> None:
    with pytest.raises(UnreadableCdar):
        read_statuses(content, default_at=AT)


def test_an_external_entity_is_never_resolved() -> None:
    evil = b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'

    with pytest.raises(UnreadableCdar):
        read_statuses(evil, default_at=AT)


# --- settings ---------------------------------------------------------------------------------------------------

ENV = {
    "AFNOR_FLOW_URL": "https://pa.example/flow-service/",
    "AFNOR_DIRECTORY_URL": "https://pa.example/directory-service",
    "AFNOR_TOKEN_URL": "https://auth.pa.example/token",
    "AFNOR_CLIENT_ID": "client",
    "AFNOR_CLIENT_SECRET": "s3cret",
}


def test_settings_are_read_with_their_defaults() -> None:
    config = AfnorConfig.from_env(ENV)

    assert config.flow_url == "https://pa.example/flow-service"
    assert (config.digest_form, config.organization_id) == (DigestForm.RAW, "")
    assert "s3cret" not in repr(config)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"AFNOR_CLIENT_SECRET": ""}, "AFNOR_CLIENT_SECRET"),
        ({"AFNOR_FLOW_URL": "pa.example"}, "AFNOR_FLOW_URL"),
        ({"AFNOR_FLOW_URL": "https://pa.example/flow-service/v1"}, "AFNOR_FLOW_URL"),
        ({"AFNOR_SIGNATURE_DIGEST": "base64"}, "AFNOR_SIGNATURE_DIGEST"),
        ({"AFNOR_ORGANIZATION_ID": "a b"}, "AFNOR_ORGANIZATION_ID"),
    ],
)
def test_bad_settings_stop_the_start_naming_the_setting(change: dict[str, str], named: str) -> None:
    with pytest.raises(PlatformConfigError, match=named) as refused:
        AfnorConfig.from_env({**ENV, **change})

    assert "s3cret" not in str(refused.value)
