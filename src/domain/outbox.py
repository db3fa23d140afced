"""Which background work an invoice event calls for: the outbox rows written with it, in one transaction.

Workers (rendering and validation, dispatch to the platform) claim these rows; nothing calls them inline.
Extend `_KINDS_BY_EVENT` when a new event calls for work.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.emission import InvoiceEvent, OutboundInvoice
from domain.pipeline_ports import OutboxKind

_KINDS_BY_EVENT: dict[str, tuple[OutboxKind, ...]] = {
    # Every submitted invoice is rendered and archived, whether or not it goes to the platform.
    "SUBMITTED": (OutboxKind.RENDER_VALIDATE,),
}


@dataclass(frozen=True, slots=True)
class NewOutboxRow:
    """A row to write with the invoice's events (once claimed, it is read back as a pipeline_ports.OutboxMessage)."""

    kind: OutboxKind
    payload: dict[str, str]


def outbox_rows(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[NewOutboxRow]:
    return [
        NewOutboxRow(kind, {"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]
