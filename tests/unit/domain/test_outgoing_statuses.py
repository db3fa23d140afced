from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from domain.errors import IllegalTransition
from domain.findings import Finding, Severity
from domain.lifecycle import StatusEntry
from domain.outgoing_statuses import (
    SENT,
    lifecycle_entry,
    outgoing_from_payload,
    received_status_payload,
    status_payload,
    status_work,
)
from domain.payments import RatePart
from domain.pipeline_ports import OutboxKind, StatusRecord
from domain.platform import OutgoingStatus, PlatformStatus
from domain.serialization import CorruptContent
from tests.builders import a_received_invoice

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def queued(status: OutgoingStatus, history: tuple[StatusRecord, ...] = ()) -> OutgoingStatus:
    work = status_work(
        history, NOW, company_siren="552100554", invoice_id="in-1", platform_id="P-1", status=status
    )
    assert (work.kind, work.company_siren, work.invoice_id) == (OutboxKind.SEND_STATUS, "552100554", "in-1")
    assert work.payload is not None and work.payload["platform_id"] == "P-1"
    return outgoing_from_payload(work.payload)


def test_a_queued_status_reads_back_as_the_status_queued() -> None:
    refusal = OutgoingStatus(code="210", reason="TX_TVA_ERR", message="taux erroné")
    paid = OutgoingStatus(
        code="212",
        amount=Decimal("1200.00"),
        parts=(RatePart(Decimal("20"), Decimal("1000.00")), RatePart(Decimal("5.5"), Decimal("200.00"))),
    )
    assert queued(refusal) == refusal
    assert queued(paid) == paid


def test_a_status_after_a_terminal_one_or_breaking_a_rule_is_not_queued() -> None:
    refused = PlatformStatus("210", "REFUSED", "210", NOW, reason="TX_TVA_ERR", status_id="s-1")
    with pytest.raises(IllegalTransition, match="terminal status 210") as after_terminal:
        queued(OutgoingStatus(code="204"), (StatusRecord("in-1", refused, SENT),))
    message = "status 204 cannot follow the terminal status 210"
    assert after_terminal.value.findings == (
        Finding("PDP-STATUS-TERMINAL", Severity.FATAL, message, "MDT-105", layer="lifecycle"),
    )
    with pytest.raises(IllegalTransition, match="BR-FR-CDV-14_MDT-207"):
        queued(OutgoingStatus(code="212", amount=Decimal("120.00")))


def test_a_status_of_a_received_invoice_reads_back_and_names_the_invoice() -> None:
    invoice = a_received_invoice()
    refusal = OutgoingStatus(code="210", reason="TX_TVA_ERR", message="taux erroné")
    payload = received_status_payload(invoice, refusal)
    assert outgoing_from_payload(payload) == refusal
    assert (payload["platform_id"], payload["platform"], payload["received_invoice_id"]) == (
        invoice.platform_invoice_id,
        invoice.platform,
        invoice.id,
    )


def test_a_stored_status_reads_as_the_buyers_when_we_sent_it_and_as_the_platforms_otherwise() -> None:
    status = PlatformStatus("210", "REFUSED", "REF", NOW, reason="TX_TVA_ERR", status_id="s-1")
    common = {"code": "210", "at": NOW, "raw_code": "REF", "amount": Decimal("5"), "status_id": "s-1"}
    assert lifecycle_entry(StatusRecord("in-1", status, SENT, Decimal("5"))) == StatusEntry(
        source="buyer", reason_code="TX_TVA_ERR", reason="", **common
    )
    assert lifecycle_entry(StatusRecord("in-1", status, "webhook", Decimal("5"))) == StatusEntry(
        source="platform", reason_code="", reason="TX_TVA_ERR", **common
    )


def test_a_status_after_one_that_does_not_end_the_lifecycle_is_queued() -> None:
    approved = PlatformStatus("205", "APPROVED", "205", NOW, status_id="s-1")
    assert queued(
        OutgoingStatus(code="212", amount=Decimal("1.00"), vat_rate=Decimal("20")),
        (StatusRecord("in-1", approved, "webhook"),),
    ) == OutgoingStatus(code="212", amount=Decimal("1.00"), vat_rate=Decimal("20"))


def test_a_refused_status_names_every_broken_rule_in_its_message_and_findings() -> None:
    with pytest.raises(IllegalTransition) as refused:
        queued(OutgoingStatus(code="212", reason="NOPE", amount=Decimal("1.00")))
    assert str(refused.value) == (
        "BR-FR-CDV-CL-09_MDT-113: Reason code 'NOPE' is not in the closed list (MDT-113).; "
        "BR-FR-CDV-14_MDT-207: Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate"
        " (MDT-224)."
    )
    assert [f.rule_id for f in refused.value.findings] == ["BR-FR-CDV-CL-09_MDT-113", "BR-FR-CDV-14_MDT-207"]


def test_a_payment_over_several_rates_takes_its_first_rate_for_the_rule_that_wants_one() -> None:
    parts = (RatePart(Decimal("20"), Decimal("1.00")),)
    assert queued(OutgoingStatus(code="212", amount=Decimal("1.00"), parts=parts)).parts == parts


def test_the_payload_holds_every_field_as_text_and_the_parts_as_rate_amount_pairs() -> None:
    paid = OutgoingStatus(
        code="212",
        reason="",
        message="réglé",
        amount=Decimal("1200.00"),
        vat_rate=Decimal("20"),
        currency="EUR",
        parts=(RatePart(Decimal("20"), Decimal("1000.00")), RatePart(Decimal("5.5"), Decimal("200.00"))),
    )
    assert status_payload("P-1", paid) == {
        "platform_id": "P-1",
        "code": "212",
        "reason": "",
        "message": "réglé",
        "amount": "1200.00",
        "vat_rate": "20",
        "currency": "EUR",
        "parts": [["20", "1000.00"], ["5.5", "200.00"]],
    }
    assert status_payload("P-1", OutgoingStatus(code="205")) == {
        "platform_id": "P-1",
        "code": "205",
        "reason": "",
        "message": "",
        "amount": None,
        "vat_rate": None,
        "currency": "EUR",
    }


def test_a_payload_missing_its_optional_fields_or_holding_none_for_them_reads_as_their_defaults() -> None:
    assert outgoing_from_payload({"code": "205"}) == OutgoingStatus(code="205")
    blank = {
        "code": "205",
        "reason": None,
        "message": None,
        "amount": None,
        "vat_rate": None,
        "currency": None,
    }
    assert outgoing_from_payload(blank) == OutgoingStatus(code="205")
    assert outgoing_from_payload({"code": "211", "amount": 7, "currency": "USD"}) == OutgoingStatus(
        code="211", amount=Decimal("7"), currency="USD"
    )


@pytest.mark.parametrize(
    ("key", "stored"),
    [("amount", "12,50"), ("vat_rate", "vingt"), ("amount", ""), ("amount", "NaN"), ("parts", [["20", "x"]])],
)
def test_a_stored_status_whose_number_cannot_be_read_is_refused_not_read_as_absent(
    key: str, stored: object
) -> None:
    # An amount read as None would turn a 212 "paid 1200.00" into a 212 with no amount: another status.
    payload = status_payload(
        "P-1", OutgoingStatus(code="212", amount=Decimal("1200.00"), vat_rate=Decimal("20"))
    )
    with pytest.raises(CorruptContent, match=f"{key}.*{stored if key != 'parts' else 'x'}"):
        outgoing_from_payload({**payload, key: stored})


@pytest.mark.parametrize("part", [["vingt", "1200.00"], ["20", "mille"]])
def test_an_unreadable_rate_or_amount_of_a_part_is_refused_naming_the_parts(part: list[str]) -> None:
    payload = status_payload(
        "P-1", OutgoingStatus(code="212", amount=Decimal("1200.00"), vat_rate=Decimal("20"))
    )
    bad = next(text for text in part if text[0].isalpha())
    with pytest.raises(CorruptContent) as refused:
        outgoing_from_payload({**payload, "parts": [part]})
    assert str(refused.value) == f"stored outgoing status: parts {bad!r} is not a decimal number"


def test_the_seller_s_220_is_queued_as_the_seller_s() -> None:
    """Every status queued here is about one of our own invoices, said as its seller: a 220 closing an invoice a
    384 replaced goes (its use case checks the replacement); a buyer may never send one."""
    cancelled = OutgoingStatus(code="220", message="remplacée par F-2026-0385")
    assert queued(cancelled) == cancelled
