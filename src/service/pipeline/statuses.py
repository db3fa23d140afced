"""Platform lifecycle statuses: applying the ones we receive, and sending the ones we emit as a recipient.

Received statuses go through one use case whatever their path (webhook, poll, sandbox callback): stored once
(duplicates ignored), the current status follows the lifecycle rather than arrival order, and a rejection's
details become findings. A status may arrive before we committed the upload it belongs to (a fast platform
answers before our transaction ends): it is parked under the platform id and applied when SENT is committed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from domain.emission import OutboundInvoice
from domain.errors import ConcurrencyConflict
from domain.platform import (
    OutgoingStatus,
    PdpGateway,
    PlatformError,
    PlatformRejected,
    PlatformStatus,
    PlatformUnavailable,
)
from service.pipeline.lifecycle import check_outgoing, current_code
from service.pipeline.ports import OutboxKind, OutboxMessage, PipelineUnitOfWork, StatusRecord
from service.pipeline.steps import StepContext, event, retry_or_fail

log = logging.getLogger(__name__)

_CONFLICT_RETRIES = 5


async def _apply(ctx: StepContext, uow: PipelineUnitOfWork, invoice: OutboundInvoice, status: PlatformStatus,
                 source: str) -> bool:
    if not await uow.transmissions.add_status(StatusRecord(invoice.id, status, source)):
        return False
    history = [record.status for record in await uow.transmissions.statuses(invoice.id)]
    invoice.lifecycle_code = current_code(history)
    if status.findings:
        invoice.findings = tuple(invoice.findings) + tuple(status.findings)
    detail = f"{status.label or status.raw_code} {status.reason}".strip()
    invoice.record(event(ctx, "STATUS", invoice.state, detail, tuple(status.findings), status_code=status.code))
    return True


async def apply_parked_statuses(ctx: StepContext, uow: PipelineUnitOfWork, invoice: OutboundInvoice,
                                parked: Sequence[tuple[PlatformStatus, str]]) -> None:
    """Inside the commit that records SENT: statuses that arrived before it (see save_accepted)."""
    for status, source in parked:
        await _apply(ctx, uow, invoice, status, source)


async def apply_platform_status(
    ctx: StepContext,
    status: PlatformStatus,
    *,
    platform_id: str = "",
    company_siren: str = "",
    invoice_id: str = "",
    source: str = "platform",
) -> bool:
    """Apply one received status; True when it was new. Give the platform id, or our company + invoice id."""
    for attempt in range(_CONFLICT_RETRIES):
        try:
            async with ctx.uow() as uow:
                if platform_id and not invoice_id:
                    owner = await uow.transmissions.invoice_of_platform_id(platform_id)
                    if owner is None:
                        await uow.transmissions.park_status(platform_id, status, source)
                        await uow.commit()
                        return False
                    company_siren, invoice_id = owner
                invoice = await uow.invoices.get(company_siren, invoice_id)
                if invoice is None:
                    log.warning("status %s for unknown invoice %s ignored", status.code, invoice_id)
                    return False
                applied = await _apply(ctx, uow, invoice, status, source)
                if applied:
                    await uow.invoices.save(invoice)
                    await uow.commit()
                return applied
        except ConcurrencyConflict:
            # The dispatcher or another delivery changed the invoice meanwhile: read it again.
            if attempt == _CONFLICT_RETRIES - 1:
                raise
    return False


# --- statuses we send as the recipient ---------------------------------------------------------------------------


async def queue_outgoing_status(
    ctx: StepContext,
    *,
    company_siren: str,
    invoice_id: str,
    platform_id: str,
    status: OutgoingStatus,
) -> None:
    """Check the status against the lifecycle, then queue it: the dispatcher sends it with the usual retries."""
    async with ctx.uow() as uow:
        history = [record.status for record in await uow.transmissions.statuses(invoice_id)]
        check_outgoing(history, status)  # raises IllegalTransition naming the rule
        await uow.outbox.add(invoice_id, company_siren, OutboxKind.SEND_STATUS, {
            "platform_id": platform_id,
            "code": status.code,
            "reason": status.reason,
            "message": status.message,
            "amount": None if status.amount is None else str(status.amount),
            "currency": status.currency,
        })
        await uow.commit()


def outgoing_from_payload(payload: dict) -> OutgoingStatus:
    amount = payload.get("amount")
    try:
        value = None if amount in (None, "") else Decimal(str(amount))
    except InvalidOperation:
        value = None
    return OutgoingStatus(
        code=str(payload["code"]),
        reason=str(payload.get("reason") or ""),
        message=str(payload.get("message") or ""),
        amount=value,
        currency=str(payload.get("currency") or "EUR"),
    )


class SendStatusStep:
    def __init__(self, ctx: StepContext, pdp: PdpGateway) -> None:
        self._ctx = ctx
        self._pdp = pdp

    async def __call__(self, message: OutboxMessage, owner: str) -> None:
        ctx = self._ctx
        payload = dict(message.payload)
        status = outgoing_from_payload(payload)
        platform_id = str(payload["platform_id"])
        try:
            await self._pdp.send_status(platform_id, status)
        except PlatformUnavailable as exc:
            await self._retry(message, owner, f"PDP-UNAVAILABLE: {exc}", exc.retry_after)
            return
        except PlatformRejected as exc:
            await self._done(message, owner, error=f"PDP-REJECTED: {exc}")
            return
        except PlatformError as exc:
            # An unknown outcome: sending the same status twice is harmless (the lifecycle ignores a repeat).
            await self._retry(message, owner, f"PDP-{type(exc).__name__}: {exc}", None)
            return
        sent = PlatformStatus(code=status.code, label=status.code, raw_code=status.code, at=ctx.clock.now(),
                              reason=status.reason, status_id=f"sent:{message.id}")
        await self._done(message, owner, record=StatusRecord(message.invoice_id, sent, "sent", status.amount))

    async def _retry(self, message: OutboxMessage, owner: str, error: str, retry_after: float | None) -> None:
        async with self._ctx.uow() as uow:
            await retry_or_fail(self._ctx, uow, message, owner, None, error, retry_after_s=retry_after)
            await uow.commit()

    async def _done(self, message: OutboxMessage, owner: str, *, error: str = "",
                    record: StatusRecord | None = None) -> None:
        async with self._ctx.uow() as uow:
            if record is not None:
                await uow.transmissions.add_status(record)
            await uow.outbox.complete(message, owner, error=error)
            await uow.commit()
