"""The audit entry of each invoice event, whole: its action, subject and the details kept of the event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.archive_ports import AuditEvent
from domain.audit import Acting, Actor
from domain.audit_trail import invoice_audit_event, invoice_audit_items
from domain.emission import EventKind, InvoiceEvent, OutboundInvoice, ProcessingState
from domain.findings import Finding, Severity
from tests.builders import an_invoice

AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
ACTING = Acting(Actor.cli("alice"), "r-1")
INVOICE = OutboundInvoice("inv-1", "732829320", "req-1", "h" * 64, an_invoice(number="F-1"), AT)


def test_each_event_becomes_one_entry_with_what_it_says() -> None:
    status = InvoiceEvent(
        EventKind.STATUS,
        AT,
        ProcessingState.SENT,
        "210",
        "Refusée",
        (
            Finding("R2", Severity.FATAL, "m"),
            Finding("R1", Severity.FATAL, "n"),
            Finding("R2", Severity.FATAL, "o"),
        ),
    )
    bare = InvoiceEvent(EventKind.SUBMITTED, AT, ProcessingState.ACCEPTED)
    inbound = InvoiceEvent("INBOUND_STATUS", AT, ProcessingState.SENT, detail="d")
    assert [invoice_audit_event(INVOICE, e, ACTING) for e in (status, bare, inbound)] == [
        AuditEvent(
            "invoice.status",
            "invoice",
            "inv-1",
            {
                "number": "F-1",
                "state": "SENT",
                "status_code": "210",
                "detail": "Refusée",
                "rules": ["R1", "R2"],
            },
            ACTING,
        ),
        AuditEvent("invoice.submitted", "invoice", "inv-1", {"number": "F-1", "state": "ACCEPTED"}, ACTING),
        AuditEvent(
            "invoice.inbound_status",
            "invoice",
            "inv-1",
            {"number": "F-1", "state": "SENT", "detail": "d"},
            ACTING,
        ),
    ]


def test_the_items_of_a_save_carry_the_company_and_each_event_s_time() -> None:
    later = AT + timedelta(seconds=3)
    events = [
        InvoiceEvent(EventKind.SUBMITTED, AT, ProcessingState.ACCEPTED),
        InvoiceEvent(EventKind.CANCELLED, later, ProcessingState.CANCELLED, detail="typo"),
    ]
    assert invoice_audit_items(INVOICE, events, ACTING) == [
        ("732829320", invoice_audit_event(INVOICE, events[0], ACTING), AT),
        (
            "732829320",
            AuditEvent(
                "invoice.cancelled",
                "invoice",
                "inv-1",
                {"number": "F-1", "state": "CANCELLED", "detail": "typo"},
                ACTING,
            ),
            later,
        ),
    ]
    assert invoice_audit_items(INVOICE, [], ACTING) == []
