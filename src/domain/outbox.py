"""Which background work an invoice event calls for: the outbox rows written with it, in one transaction.

Workers (rendering and validation, dispatch to the platform) claim these rows; nothing calls them inline.
Extend `_KINDS_BY_EVENT` when a new event calls for work.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.emission import InvoiceEvent, OutboundInvoice

RENDER_VALIDATE = "render_validate"  # render CII/UBL/Factur-X, validate with the official artifacts, archive

_KINDS_BY_EVENT: dict[str, tuple[str, ...]] = {
    # Every submitted invoice is rendered and archived, whether or not it goes to the platform.
    "SUBMITTED": (RENDER_VALIDATE,),
}


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    kind: str
    payload: dict[str, str]


def outbox_messages(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]
