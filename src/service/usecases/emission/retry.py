"""retry_invoice: an operator (or the client) queues again what of an invoice gave up, once the cause is fixed: a
FAILED invoice's transmission, and the payments held until its deposit whose row ran out of attempts (parked)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from domain.archive_ports import AuditEvent
from domain.emission import IllegalInvoiceTransition, OutboundInvoice, ProcessingState
from domain.operations import GivenUp
from domain.pipeline_ports import OutboxKind, PipelineUnitOfWork, QueuedWork
from domain.ports import Clock
from service.usecases.emission.invoices import stored_invoice


@dataclass(frozen=True, slots=True)
class Retried:
    invoice: OutboundInvoice
    held_payments: int  # parked held payments queued again (0: none were parked)


async def retry_invoice(
    company_siren: str, invoice_id: str, *, uow: PipelineUnitOfWork, clock: Clock
) -> Retried:
    """A FAILED invoice: a validated document is sent again (after reconciling if an upload may have reached the
    platform), otherwise the invoice is rendered and validated again. Payments held until the deposit with no
    held-payments row left to apply them (it gave up: `pdp-gateway doctor` counts them) get a new row, which
    applies them once the invoice is deposited (at once when it is SENT), or refuses them if it ends without a
    deposit. IllegalInvoiceTransition (FAILED_PRECONDITION) when there is neither to retry."""
    now = clock.now()
    async with uow:
        invoice = await stored_invoice(uow.invoices, company_siren, invoice_id, attachments=False)
        # The rows first, then the payments' lock, as the held-payments step takes them: no lock cycle. What is
        # parked is read under that lock: a retry at the same moment that queued a row for them is seen.
        await uow.outbox.hold_open_rows(company_siren, invoice.id)
        parked = await uow.payments.parked(invoice.id)
        if invoice.state is ProcessingState.FAILED or not parked:
            document = (
                await uow.transmissions.document(invoice.id)
                if invoice.state is ProcessingState.FAILED
                else None
            )
            validated = document is not None and document.sha256 == invoice.document_sha256
            invoice.requeue(now, validated=validated)  # IllegalInvoiceTransition unless FAILED
            kind = OutboxKind.SEND if validated else OutboxKind.RENDER_VALIDATE
            await uow.invoices.save(invoice)
            await uow.outbox.add(QueuedWork(kind, invoice.company_siren, invoice.id))
        if parked:
            await uow.outbox.add(
                QueuedWork(
                    OutboxKind.HELD_PAYMENTS, invoice.company_siren, invoice.id, {"number": invoice.number}
                )
            )
            details = {
                "number": invoice.number,
                "state": invoice.state.value,
                "payments": [p.applied.payment_id for p in parked],
            }
            await uow.audit.append(
                company_siren, AuditEvent("invoice.held_payments_queued", "invoice", invoice.id, details), now
            )
        await uow.commit()
        return Retried(invoice, len(parked))


GIVEN_UP_PAGE = 500  # invoices read at a time by retry_given_up


async def retry_given_up(
    platform: str,
    *,
    given_up: Callable[[str, int], Awaitable[list[GivenUp]]],
    retry: Callable[[str, str], Awaitable[object]],
) -> list[GivenUp]:
    """Every invoice, of every company, FAILED for having waited on `platform`'s outage past the patience
    (`given_up`: domain.operations.OperationsReader.given_up_on_outage) queued again by `retry` (retry_invoice), a
    page at a time until none is left: the on-call's act once the platform is back, which `invoice retry` could
    only do one invoice at a time with each company's own API key. One retried meanwhile (by its company) is
    skipped. The ones queued again, oldest first."""
    retried: list[GivenUp] = []
    seen: set[str] = set()
    while True:
        page = [g for g in await given_up(platform, GIVEN_UP_PAGE) if g.invoice_id not in seen]
        if not page:
            return retried
        for item in page:
            seen.add(item.invoice_id)
            try:
                await retry(item.company_siren, item.invoice_id)
            except IllegalInvoiceTransition:
                continue  # no longer FAILED: retried meanwhile
            retried.append(item)
