"""The lifecycle statuses we send (a 212 payment about one of our invoices, a 210 refusal of one we received...):
checked against the invoice's status history and the lifecycle rules, queued as outbox work, and read back from that
work by the step that sends them. One module writes the queued payload and reads it, so the two never drift apart.

The emission use cases queue with `status_work` (service.usecases.emission.invoice_status), reception's repositories
with `received_status_payload`; the pipeline's SendStatusStep reads with `outgoing_from_payload` and sends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.errors import IllegalTransition
from domain.lifecycle import StatusEntry, check_outgoing, current_status, is_terminal, lifecycle_finding
from domain.money import EUR
from domain.payments import RatePart
from domain.pipeline_ports import OutboxKind, QueuedWork, StatusRecord
from domain.platform import OutgoingStatus
from domain.reception import ReceivedInvoice
from domain.serialization import CorruptContent

SENT = "sent"  # StatusRecord.source of the statuses we sent


TERMINAL_RULE = "PDP-STATUS-TERMINAL"  # nothing follows a final status (e.g. 210 Refusée)


def lifecycle_entry(record: StatusRecord) -> StatusEntry:
    """A stored status in the terms of domain.lifecycle: what we sent, we sent as the buyer (the recipient)."""
    st = record.status
    sent = record.source == SENT
    return StatusEntry(
        code=st.code,
        at=st.at,
        source="buyer" if sent else "platform",
        raw_code=st.raw_code,
        reason_code=st.reason if sent else "",
        reason="" if sent else st.reason,
        amount=record.amount,
        status_id=st.status_id,
    )


def status_work(
    history: Sequence[StatusRecord],
    now: datetime,
    *,
    company_siren: str,
    invoice_id: str,
    platform_id: str,
    status: OutgoingStatus,
) -> QueuedWork:
    """The outbox work sending `status` about the invoice whose stored statuses are `history`. Raises
    IllegalTransition, naming the rules, when the lifecycle refuses it (after a terminal status, or a status
    missing what its code requires)."""
    current = current_status(tuple(lifecycle_entry(record) for record in history))
    if current is not None and is_terminal(current.code):
        message = f"status {status.code} cannot follow the terminal status {current.code}"
        raise IllegalTransition(message, (lifecycle_finding(TERMINAL_RULE, message),))
    vat_rate = status.vat_rate
    if vat_rate is None and status.parts:  # one MDG-43 block per rate, each with its rate (BR-FR-CDV-14)
        vat_rate = status.parts[0].vat_rate
    broken = check_outgoing(
        StatusEntry(
            code=status.code,
            at=now,
            source="seller",  # about one of our own invoices (a 212, or the 220 closing one a 384 replaced)
            reason_code=status.reason,
            amount=status.amount,
            vat_rate=vat_rate,
        )
    )
    if broken:
        raise IllegalTransition("; ".join(f"{f.rule_id}: {f.message}" for f in broken), tuple(broken))
    return QueuedWork(OutboxKind.SEND_STATUS, company_siren, invoice_id, status_payload(platform_id, status))


def status_payload(platform_id: str, status: OutgoingStatus) -> dict[str, Any]:
    """What the outbox row sending `status` about the platform's invoice `platform_id` carries."""
    payload: dict[str, Any] = {
        "platform_id": platform_id,
        "code": status.code,
        "reason": status.reason,
        "message": status.message,
        "amount": _decimal_text(status.amount),
        "vat_rate": _decimal_text(status.vat_rate),
        "currency": status.currency,
    }
    if status.parts:
        payload["parts"] = [[str(part.vat_rate), str(part.amount)] for part in status.parts]
    return payload


def received_status_payload(invoice: ReceivedInvoice, status: OutgoingStatus) -> dict[str, Any]:
    """A status we send as the buyer of a received invoice (checked by ReceivedInvoice.queue_status): the row also
    names the invoice's platform profile and id (its status history counts the statuses queued for it)."""
    return {
        **status_payload(invoice.platform_invoice_id, status),
        "platform": invoice.platform,
        "received_invoice_id": invoice.id,
    }


def outgoing_from_payload(payload: Mapping[str, Any]) -> OutgoingStatus:
    """The status `status_work` queued, read back from its row's payload. Raises CorruptContent, naming the field,
    for a number that does not read back (a bug or a tampered row): never a status that means something else."""
    return OutgoingStatus(
        code=str(payload["code"]),
        reason=str(payload.get("reason") or ""),
        message=str(payload.get("message") or ""),
        amount=_optional_decimal(payload, "amount"),
        vat_rate=_optional_decimal(payload, "vat_rate"),
        currency=str(payload.get("currency") or EUR),
        parts=tuple(
            RatePart(_stored_decimal(rate, "parts"), _stored_decimal(amount, "parts"))
            for rate, amount in payload.get("parts") or ()
        ),
    )


def _decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _optional_decimal(payload: Mapping[str, Any], key: str) -> Decimal | None:
    """`status_payload` writes an absent number as None; anything else must read as a number."""
    value = payload.get(key)
    return None if value is None else _stored_decimal(value, key)


def _stored_decimal(value: object, key: str) -> Decimal:
    """Fails closed: an unreadable number read as absent would send another status (a 212 without its amount)."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise CorruptContent(f"stored outgoing status: {key} {value!r} is not a decimal number")
    return number
