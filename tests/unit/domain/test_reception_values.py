"""The received invoice in exact values: each refusal's text and finding, each event whole, and its audit entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.archive_ports import AuditEvent
from domain.audit import Acting, Actor
from domain.audit_trail import received_invoice_audit_event
from domain.findings import Finding, Severity
from domain.payments import PaymentRefused
from domain.platform import OutgoingStatus
from domain.reception import (
    IllegalReceivedTransition,
    ReceivedEventKind,
    ReceivedInvoice,
    ReceivedInvoiceEvent,
    StatusPoint,
)
from tests.builders import a_received_invoice

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
AT = T0 + timedelta(days=1)
REFUSED = (StatusPoint("203", T0), StatusPoint("210", T0 + timedelta(hours=1)))


def test_a_final_invoice_takes_no_status_and_no_payment_and_says_why() -> None:
    invoice = a_received_invoice(*REFUSED)
    with pytest.raises(IllegalReceivedTransition) as refused:
        invoice.queue_status(OutgoingStatus("205"), AT)
    assert str(refused.value) == "status 205 (Approuvée) cannot follow the final status 210 (Refusée)"
    assert refused.value.findings == (
        Finding("LIFECYCLE", Severity.FATAL, "the invoice is already Refusée", "MDT-105", layer="lifecycle"),
    )
    assert (refused.value.invoice_id, refused.value.kind, refused.value.code) == (
        invoice.id,
        ReceivedEventKind.STATUS_QUEUED,
        "210",
    )
    with pytest.raises(PaymentRefused) as unpaid:
        invoice.record_payment(AT, detail="d", facts={})
    assert str(unpaid.value) == "PAY-NOT-PAYABLE: the invoice is 210 (Refusée): it is not paid"
    assert unpaid.value.findings == (
        Finding(
            "PAY-NOT-PAYABLE",
            Severity.FATAL,
            "the invoice is already Refusée",
            "invoice_id",
            layer="payments",
        ),
    )
    assert invoice.events == []


def test_a_queued_status_and_a_payment_are_recorded_whole() -> None:
    invoice = a_received_invoice(StatusPoint("203", T0))
    queued = invoice.queue_status(OutgoingStatus("205"), AT, detail="approved by alice")
    paid = invoice.record_payment(AT, detail="payment p1 of 10.00", facts={"payment_id": "p1"})
    assert invoice.events == [
        ReceivedInvoiceEvent(
            ReceivedEventKind.STATUS_QUEUED, AT, status_code="205", detail="approved by alice"
        ),
        ReceivedInvoiceEvent(
            ReceivedEventKind.PAYMENT, AT, detail="payment p1 of 10.00", facts={"payment_id": "p1"}
        ),
    ]
    assert [queued, paid] == invoice.events and paid.facts == {"payment_id": "p1"}
    assert invoice.lifecycle_code == "205"
    assert invoice.queue_status(OutgoingStatus("207", reason="DOUBLON"), AT).detail == ""  # no detail given


def _fields(**changes: object) -> dict[str, object]:
    stored = a_received_invoice()
    fields = {name: getattr(stored, name) for name in ReceivedInvoice.__dataclass_fields__}
    fields.pop("received_at")
    fields.update(changes)
    return fields


@pytest.mark.parametrize(
    "history",
    [
        {"statuses": (StatusPoint("203", T0),)},
        {"lifecycle_code": "203"},
        {"events": [ReceivedInvoiceEvent(ReceivedEventKind.STATUS, T0)]},
    ],
)
def test_a_new_invoice_with_any_history_is_refused(history: dict[str, object]) -> None:
    with pytest.raises(IllegalReceivedTransition) as refused:
        ReceivedInvoice.receive(at=AT, **_fields(**history))
    assert (
        str(refused.value)
        == "received invoice 11111111-2222-4333-8444-555555555555: a new invoice has no history"
    )
    code = str(history.get("lifecycle_code", ""))
    assert (refused.value.invoice_id, refused.value.kind, refused.value.code) == (
        "11111111-2222-4333-8444-555555555555",
        ReceivedEventKind.RECEIVED,
        code,
    )


def test_a_new_invoice_s_event_names_its_format_and_number() -> None:
    unread = ReceivedInvoice.receive(at=AT, **_fields(syntax="", valid=False))
    assert unread.events == [
        ReceivedInvoiceEvent(ReceivedEventKind.RECEIVED, AT, "INVALID", detail="unknown format F-1")
    ]
    assert unread.received_at == AT


def test_a_received_invoice_s_event_is_one_audit_entry_with_its_facts() -> None:
    acting = Acting(Actor.platform("iopole"))
    event = ReceivedInvoiceEvent(
        ReceivedEventKind.STATUS, AT, status_code="210", detail="REFUSED DOUBLON", facts={"reason": "DOUBLON"}
    )
    audit = received_invoice_audit_event("r-1", event)
    assert replace(audit, acting=acting) == AuditEvent(
        "received_invoice.status",
        "received_invoice",
        "r-1",
        {"state": "ACCEPTED", "status_code": "210", "detail": "REFUSED DOUBLON", "reason": "DOUBLON"},
        acting,
    )
    bare = received_invoice_audit_event("r-1", ReceivedInvoiceEvent(ReceivedEventKind.PAYMENT, AT))
    assert (bare.action, bare.details) == ("received_invoice.payment", {"state": "ACCEPTED"})


def test_a_purchase_received_after_its_period_was_declared_says_which_declarations_to_rectify() -> None:
    """Its RECEIVED event, still pending, names each period (history) and lists them (audit entry); none named:
    the event as received."""
    periods = ((date(2026, 9, 1), date(2026, 9, 10)), (date(2026, 9, 11), date(2026, 9, 20)))
    received = ReceivedInvoice.receive(at=AT, **_fields())
    received.lands_in_declared(periods)
    [event] = received.events
    assert (event.kind, event.detail) == (
        ReceivedEventKind.RECEIVED,
        "CII F-1; rectify the transactions declaration of 2026-09-01/2026-09-10, 2026-09-11/2026-09-20 (RE)",
    )
    assert event.facts == {"to_rectify": ["2026-09-01/2026-09-10", "2026-09-11/2026-09-20"]}
    plain = ReceivedInvoice.receive(at=AT, **_fields())
    plain.lands_in_declared(())
    assert [(e.detail, e.facts) for e in plain.events] == [("CII F-1", {})]
