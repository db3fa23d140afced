from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from domain.payments import RatePart
from domain.platform import (
    UNDATED,
    DirectoryEntry,
    DocumentProfile,
    DocumentSyntax,
    InvalidPlatformRequest,
    OutboundDocument,
    OutgoingStatus,
    PlatformStatus,
    ProcessingRule,
    SubmissionQuery,
    is_reachable,
)
from domain.platform_codes import CDAR_TO_IOPOLE_LABEL, IOPOLE_LABEL_TO_CDAR, cdar_name

TODAY = date(2026, 11, 25)


def test_a_document_whose_hash_does_not_match_its_content_is_refused() -> None:
    with pytest.raises(InvalidPlatformRequest, match="ChecksumMismatch"):
        OutboundDocument(
            b"<x/>",
            "F-1.xml",
            DocumentSyntax.CII,
            DocumentProfile.UNDEFINED,
            ProcessingRule.B2B,
            "00" * 32,
            "F-1",
        )


def test_a_document_built_with_of_carries_its_sha256_and_hides_its_bytes_from_repr() -> None:
    document = OutboundDocument.of(
        b"<secret-content/>", filename="F-1.xml", syntax=DocumentSyntax.CII, tracking_id="F-1"
    )

    assert document.sha256 == hashlib.sha256(b"<secret-content/>").hexdigest()
    assert "secret-content" not in repr(document)


@pytest.mark.parametrize("tracking_id", ["", "x" * 65])
def test_tracking_ids_hold_one_to_sixty_four_characters(tracking_id: str) -> None:
    with pytest.raises(InvalidPlatformRequest):
        OutboundDocument.of(b"<x/>", filename="a.xml", syntax=DocumentSyntax.CII, tracking_id=tracking_id)


def test_a_search_needs_a_criterion() -> None:
    with pytest.raises(InvalidPlatformRequest):
        SubmissionQuery()


@pytest.mark.parametrize("code", ["200", "201", "213", "999"])
def test_a_recipient_cannot_send_platform_statuses(code: str) -> None:
    with pytest.raises(InvalidPlatformRequest):
        OutgoingStatus(code, reason="x")


@pytest.mark.parametrize("code", ["206", "207", "208", "210"])
def test_refusals_and_disputes_need_a_reason(code: str) -> None:
    with pytest.raises(InvalidPlatformRequest, match="BR-FR-CDV-15"):
        OutgoingStatus(code)
    assert OutgoingStatus(code, reason="TX_TVA_ERR").reason == "TX_TVA_ERR"


def test_payment_received_needs_a_decimal_amount() -> None:
    with pytest.raises(InvalidPlatformRequest, match="BR-FR-CDV-14"):
        OutgoingStatus("212")
    with pytest.raises(InvalidPlatformRequest):
        OutgoingStatus("212", amount=12.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidPlatformRequest):
        OutgoingStatus("211", amount=Decimal("-1"))
    assert OutgoingStatus("212", amount=Decimal("12.50")).amount == Decimal("12.50")


def test_a_reversed_payment_is_a_negative_212_and_its_parts_add_up_to_its_amount() -> None:
    reversal = OutgoingStatus("212", amount=Decimal("-600.00"), vat_rate=Decimal("20"))
    assert reversal.amount == Decimal("-600.00")
    parts = (RatePart(Decimal("5.5"), Decimal("74.77")), RatePart(Decimal("20"), Decimal("425.23")))
    assert OutgoingStatus("212", amount=Decimal("500.00"), parts=parts).parts == parts
    with pytest.raises(InvalidPlatformRequest, match="add up"):
        OutgoingStatus("212", amount=Decimal("500.01"), parts=parts)


@pytest.mark.parametrize(
    ("registered", "valid_from", "valid_to", "reachable"),
    [
        (True, date(2026, 9, 1), None, True),
        (True, TODAY, None, True),
        (True, date(2026, 11, 26), None, False),
        (True, None, None, False),
        (False, date(2026, 9, 1), None, False),
        (True, date(2026, 9, 1), TODAY, True),
        (True, date(2026, 9, 1), date(2026, 11, 24), False),
    ],
)
def test_reachable_means_registered_and_effective_today(
    registered: bool, valid_from: date | None, valid_to: date | None, reachable: bool
) -> None:
    assert is_reachable(registered, valid_from, TODAY, valid_to) is reachable
    entry = DirectoryEntry.resolve(
        "732829320", registered=registered, valid_from=valid_from, valid_to=valid_to, today=TODAY
    )
    assert entry.reachable is reachable


def test_every_iopole_label_maps_to_a_cdar_code_and_back() -> None:
    assert len(IOPOLE_LABEL_TO_CDAR) == 14
    assert sorted(IOPOLE_LABEL_TO_CDAR.values()) == [str(c) for c in range(200, 214)]
    assert all(CDAR_TO_IOPOLE_LABEL[code] == label for label, code in IOPOLE_LABEL_TO_CDAR.items())


def test_an_unknown_code_keeps_its_own_name() -> None:
    status = PlatformStatus("DELIVERED", "DELIVERED", "DELIVERED", datetime.now(UTC))

    assert status.name == "DELIVERED"
    assert cdar_name("213") == "Rejetée"


def test_a_status_is_dated_no_later_than_its_arrival() -> None:
    arrival = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    ahead = PlatformStatus(
        "207", "DISPUTED", "DISPUTED", datetime(2026, 12, 6, 13, 0, tzinfo=UTC), status_id="s"
    )
    assert ahead.dated_no_later_than(arrival) == PlatformStatus(
        "207", "DISPUTED", "DISPUTED", arrival, status_id="s"
    )
    for at in (arrival, datetime(2026, 12, 6, 11, 0, tzinfo=UTC)):  # its own date when not after it
        on_time = PlatformStatus("207", "DISPUTED", "DISPUTED", at)
        assert on_time.dated_no_later_than(arrival) is on_time


def test_a_status_the_platform_gave_no_date_is_dated_on_its_arrival() -> None:
    arrival = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    undated = PlatformStatus("207", "DISPUTED", "DISPUTED", UNDATED)
    assert undated.undated and not undated.dated_no_later_than(arrival).undated
    assert undated.dated_no_later_than(arrival).at == arrival
    assert not PlatformStatus("207", "DISPUTED", "DISPUTED", arrival).undated


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"code": "213"},
            "status 213 (Rejetée): PDP-STATUS-NOT-SENDABLE: Status 213 (Rejected) is not one a buyer or seller may"
            " send (204–212; 220 by the seller of a replaced invoice).; BR-FR-CDV-15_MDT-113: Status 213 needs a reason code (MDT-113).",
        ),
        (
            {"code": "212", "amount": Decimal("10.00"), "parts": (RatePart(Decimal("20"), Decimal("5.00")),)},
            "the amounts per VAT rate of a status add up to its amount",
        ),
    ],
)
def test_an_outgoing_status_that_cannot_be_sent_says_each_reason(
    fields: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidPlatformRequest) as refused:
        OutgoingStatus(**fields)  # type: ignore[arg-type]  # the fields of the case
    assert str(refused.value) == message


def test_a_directory_entry_resolved_with_defaults_and_public_fields_in_full() -> None:
    resolved = DirectoryEntry.resolve(
        "0225:732829320",
        registered=True,
        valid_from=date(2026, 1, 1),
        today=date(2026, 2, 1),
        platform_id="9999",
    )
    assert resolved == DirectoryEntry(
        "0225:732829320", reachable=True, registered=True, valid_from=date(2026, 1, 1), platform_id="9999"
    )
    assert (resolved.name, resolved.electronic_address, resolved.network) == ("", "", "")
