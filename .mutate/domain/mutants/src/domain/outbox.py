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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    kind: str
    payload: dict[str, str]
mutants_x_outbox_messages__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_outbox_messages__mutmut)
def outbox_messages(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_orig(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_1(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(None, {"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_2(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, None)
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_3(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage({"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_4(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, )
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_5(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"XXinvoice_idXX": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_6(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"INVOICE_ID": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_7(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "XXnumberXX": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_8(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "NUMBER": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_9(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "number": invoice.number, "XXeventXX": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_10(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "number": invoice.number, "EVENT": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, ())
    ]


def x_outbox_messages__mutmut_11(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(None, ())
    ]


def x_outbox_messages__mutmut_12(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, None)
    ]


def x_outbox_messages__mutmut_13(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(())
    ]


def x_outbox_messages__mutmut_14(invoice: OutboundInvoice, events: Iterable[InvoiceEvent]) -> list[OutboxMessage]:
    return [
        OutboxMessage(kind, {"invoice_id": invoice.id, "number": invoice.number, "event": event.kind})
        for event in events
        for kind in _KINDS_BY_EVENT.get(event.kind, )
    ]

mutants_x_outbox_messages__mutmut['_mutmut_orig'] = x_outbox_messages__mutmut_orig # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_1'] = x_outbox_messages__mutmut_1 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_2'] = x_outbox_messages__mutmut_2 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_3'] = x_outbox_messages__mutmut_3 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_4'] = x_outbox_messages__mutmut_4 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_5'] = x_outbox_messages__mutmut_5 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_6'] = x_outbox_messages__mutmut_6 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_7'] = x_outbox_messages__mutmut_7 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_8'] = x_outbox_messages__mutmut_8 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_9'] = x_outbox_messages__mutmut_9 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_10'] = x_outbox_messages__mutmut_10 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_11'] = x_outbox_messages__mutmut_11 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_12'] = x_outbox_messages__mutmut_12 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_13'] = x_outbox_messages__mutmut_13 # type: ignore # mutmut generated
mutants_x_outbox_messages__mutmut['x_outbox_messages__mutmut_14'] = x_outbox_messages__mutmut_14 # type: ignore # mutmut generated
