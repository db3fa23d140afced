"""The platform port's values refuse what a platform would refuse, with the exact message, and keep every field."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from domain.findings import Finding, Severity
from domain.platform import (
    DirectoryEntry,
    DocumentProfile,
    DocumentSyntax,
    InvalidPlatformRequest,
    OutboundDocument,
    OutgoingStatus,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
    ProcessingRule,
    SubmissionQuery,
    rejection_finding,
)

CONTENT = b"<Invoice/>"
SHA = hashlib.sha256(CONTENT).hexdigest()


def _document(**changes: object) -> OutboundDocument:
    fields: dict[str, object] = {
        "content": CONTENT,
        "filename": "F-1.xml",
        "syntax": DocumentSyntax.CII,
        "profile": DocumentProfile.BASIC,
        "processing_rule": ProcessingRule.B2B,
        "sha256": SHA,
        "tracking_id": "F-1",
    }
    fields.update(changes)
    return OutboundDocument(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"content": b""}, "the document to deposit is empty"),
        ({"sha256": "0" * 64}, "sha256 does not match the document content (ChecksumMismatch)"),
        ({"tracking_id": ""}, "trackingId must hold 1 to 64 characters"),
        ({"tracking_id": "T" * 65}, "trackingId must hold 1 to 64 characters"),
        ({"filename": ""}, "the filename must be a bare file name"),
        ({"filename": "dir/F-1.xml"}, "the filename must be a bare file name"),
        ({"filename": "dir\\F-1.xml"}, "the filename must be a bare file name"),
    ],
)
def test_a_document_to_deposit_is_refused_with_the_rule_it_breaks(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidPlatformRequest) as refused:
        _document(**changes)
    assert str(refused.value) == message


def test_a_document_at_the_limits_is_accepted_and_its_hash_is_compared_case_insensitively() -> None:
    document = _document(tracking_id="T" * 64, sha256=SHA.upper())
    assert (document.tracking_id, document.sha256) == ("T" * 64, SHA.upper())
    assert _document(tracking_id="T").tracking_id == "T"


def test_of_computes_the_hash_and_keeps_every_field() -> None:
    document = OutboundDocument.of(
        CONTENT,
        filename="F-1.xml",
        syntax=DocumentSyntax.UBL,
        tracking_id="F-1",
        profile=DocumentProfile.CIUS,
        processing_rule=ProcessingRule.B2C,
        recipient="0225:732829320",
    )
    assert (
        document.content,
        document.filename,
        document.syntax,
        document.profile,
        document.processing_rule,
        document.sha256,
        document.tracking_id,
        document.recipient,
    ) == (
        CONTENT,
        "F-1.xml",
        DocumentSyntax.UBL,
        DocumentProfile.CIUS,
        ProcessingRule.B2C,
        SHA,
        "F-1",
        "0225:732829320",
    )
    default = OutboundDocument.of(CONTENT, filename="F-1.xml", syntax=DocumentSyntax.CII, tracking_id="F-1")
    assert (default.profile, default.processing_rule, default.recipient) == (
        DocumentProfile.UNDEFINED,
        ProcessingRule.B2B,
        "",
    )


def test_a_submission_search_needs_one_criterion() -> None:
    with pytest.raises(InvalidPlatformRequest) as refused:
        SubmissionQuery()
    assert str(refused.value) == "a submission search needs a tracking id, a sha256 or an invoice number"
    assert SubmissionQuery(sha256="a" * 64).sha256 == "a" * 64
    assert SubmissionQuery(invoice_number="F-1").invoice_number == "F-1"
    assert SubmissionQuery(tracking_id="T").tracking_id == "T"


def test_a_resolved_directory_entry_keeps_every_field_and_is_reachable_from_valid_from() -> None:
    entry = DirectoryEntry.resolve(
        "0225:732829320",
        registered=True,
        valid_from=date(2026, 9, 1),
        today=date(2026, 9, 1),
        valid_to=date(2026, 12, 31),
        siren="732829320",
        name="ACME",
        electronic_address="0225:732829320",
        network="iopole",
    )
    assert entry == DirectoryEntry(
        identifier="0225:732829320",
        reachable=True,
        registered=True,
        siren="732829320",
        name="ACME",
        electronic_address="0225:732829320",
        valid_from=date(2026, 9, 1),
        valid_to=date(2026, 12, 31),
        network="iopole",
    )
    later = DirectoryEntry.resolve("x", registered=True, valid_from=date(2026, 9, 2), today=date(2026, 9, 1))
    assert (later.reachable, later.registered, later.siren, later.valid_to, later.routing_code) == (
        False,
        True,
        "",
        None,
        "",
    )


def test_an_unknown_recipient_is_neither_registered_nor_reachable() -> None:
    assert DirectoryEntry.unknown("0225:123") == DirectoryEntry("0225:123", reachable=False, registered=False)


def test_a_platform_rejection_finding_is_fatal_in_the_platform_layer() -> None:
    assert rejection_finding("REJ-1", "bad", path="BT-1", location="/Invoice") == Finding(
        "REJ-1", Severity.FATAL, "bad", "BT-1", "/Invoice", "platform"
    )
    assert rejection_finding("", "bad") == Finding("PLATFORM", Severity.FATAL, "bad", "", "", "platform")


def test_platform_failures_carry_their_details() -> None:
    finding = rejection_finding("REJ-1", "bad")
    rejected = PlatformRejected("refused", findings=[finding])
    assert (str(rejected), rejected.findings) == ("refused", (finding,))
    assert PlatformRejected("refused").findings == ()
    unavailable = PlatformUnavailable("busy", retry_after=2.5)
    assert (str(unavailable), unavailable.retry_after) == ("busy", 2.5)
    assert PlatformUnavailable("busy").retry_after is None
    down = PlatformOutcomeUnknown("no answer: 503", unavailable=True)
    assert (str(down), down.unavailable) == ("no answer: 503", True)
    assert (
        PlatformOutcomeUnknown("no answer: 500").unavailable is False
    )  # the request's own failure by default


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (Decimal("NaN"), "the status amount must be a finite Decimal"),
        (Decimal("Infinity"), "the status amount must be a finite Decimal"),
        (1200, "the status amount must be a finite Decimal"),
        (Decimal("-0.01"), "the status amount cannot be negative"),
    ],
)
def test_a_status_amount_is_a_finite_non_negative_decimal(amount: object, message: str) -> None:
    with pytest.raises(InvalidPlatformRequest) as refused:
        OutgoingStatus("211", amount=amount)  # type: ignore[arg-type]
    assert str(refused.value) == message


@pytest.mark.parametrize("code", ["211", "212"])
@pytest.mark.parametrize("amount", ["0", "0.00", "-0", "-0.00"])
def test_a_payment_status_of_zero_is_refused_naming_the_rule(code: str, amount: str) -> None:
    # MDT-215 of a 211/212 is what one payment moved (XP Z12-012 Annex B): a zero, "-0" included, reports none
    with pytest.raises(InvalidPlatformRequest) as refused:
        OutgoingStatus(code, amount=Decimal(amount), vat_rate=Decimal("20"), currency="EUR")
    assert f"PDP-STATUS-AMOUNT: Status {code} reports a payment: an amount of zero pays nothing" in str(
        refused.value
    )


def test_a_payment_status_rate_written_minus_zero_is_the_rate_zero() -> None:
    status = OutgoingStatus("212", amount=Decimal("10.00"), vat_rate=Decimal("-0.0"))
    assert str(status.vat_rate) == "0.0"


def test_the_smallest_payment_status_is_accepted_and_kept() -> None:
    status = OutgoingStatus("211", amount=Decimal("0.01"), currency="EUR", message="paid")
    assert (status.code, status.amount, status.currency, status.message, status.reason) == (
        "211",
        Decimal("0.01"),
        "EUR",
        "paid",
        "",
    )


def test_a_status_breaking_a_lifecycle_rule_names_the_code_and_the_rule() -> None:
    with pytest.raises(InvalidPlatformRequest) as refused:
        OutgoingStatus("210")  # a refusal needs its reason
    message = str(refused.value)
    assert message.startswith("status 210 (")
    assert "): BR-FR-CDV" in message


def test_a_flow_is_a_pdf_only_when_it_is_a_factur_x() -> None:
    # the one answer both platforms' uploads use (AFNOR's multipart part, IOPOLE's file)
    assert {s: s.media_type for s in DocumentSyntax} == {
        DocumentSyntax.CII: "application/xml",
        DocumentSyntax.UBL: "application/xml",
        DocumentSyntax.FACTUR_X: "application/pdf",
        DocumentSyntax.CDAR: "application/xml",
        DocumentSyntax.FRR: "application/xml",
    }
