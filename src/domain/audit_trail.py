"""What the audit log records of each thing that happens to an invoice, ours (domain.emission) or received
(domain.reception): its events.

Every event an invoice records (submitted, validated, sent, a status, cancelled, a payment...) becomes one audit
entry `invoice.<kind>` (`received_invoice.<kind>`), written in the transaction that writes the event, by whoever
writes invoice events: nothing that changes an invoice escapes the log, and nothing is in it twice (a payment's
amounts ride on its event's `facts`, not in an entry of their own). Its actor is the event's own when it names one
(a status the platform delivered while SENT was being committed), else the committing edge's.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain.archive_ports import AuditEvent
from domain.audit import Acting
from domain.emission import InvoiceEvent, OutboundInvoice
from domain.reception import ReceivedInvoiceEvent


def invoice_audit_event(invoice: OutboundInvoice, event: InvoiceEvent, acting: Acting) -> AuditEvent:
    """`acting`: the committing edge's; an event that names its own actor (a parked status) keeps it."""
    details: dict[str, Any] = {"number": invoice.number, "state": event.state.value}
    if event.status_code:
        details["status_code"] = event.status_code
    if event.detail:
        details["detail"] = event.detail
    if event.findings:
        details["rules"] = sorted({f.rule_id for f in event.findings})
    details.update(event.facts)
    return AuditEvent(
        f"invoice.{str(event.kind).lower()}", "invoice", invoice.id, details, event.acting or acting
    )


def invoice_audit_items(
    invoice: OutboundInvoice, events: list[InvoiceEvent], acting: Acting
) -> list[tuple[str, AuditEvent, datetime]]:
    """(company, event, at) for `PgAuditLog.append_all`-shaped writers."""
    return [(invoice.company_siren, invoice_audit_event(invoice, e, acting), e.at) for e in events]


def received_invoice_audit_event(received_id: str, event: ReceivedInvoiceEvent) -> AuditEvent:
    """A received invoice's event as its one audit entry `received_invoice.<kind>`, acting as the edge that writes it
    (the platform for a delivery, the API key for a buyer decision)."""
    details: dict[str, Any] = {"state": event.state}
    if event.status_code:
        details["status_code"] = event.status_code
    if event.detail:
        details["detail"] = event.detail
    details.update(event.facts)
    return AuditEvent(event.audit_action, "received_invoice", received_id, details)
