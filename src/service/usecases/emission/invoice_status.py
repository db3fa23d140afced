"""set_invoice_status: a status we send about one of our own invoices (e.g. 212 Encaissée), through the outbox."""

from __future__ import annotations

from domain.emission import OutboundInvoice, ProcessingState
from domain.errors import IllegalTransition, InvoiceNotFound
from domain.platform import OutgoingStatus
from service.workers.pipeline.statuses import queue_outgoing_status
from service.workers.pipeline.steps import StepContext


async def set_invoice_status(
    ctx: StepContext, company_siren: str, invoice_id: str, status: OutgoingStatus
) -> OutboundInvoice:
    """Only a SENT invoice has a platform id a status can refer to; the lifecycle checks the rest."""
    async with ctx.uow() as uow:
        invoice = await uow.invoices.get(company_siren, invoice_id)
    if invoice is None:
        raise InvoiceNotFound(invoice_id)
    if invoice.state is not ProcessingState.SENT or not invoice.platform_id:
        raise IllegalTransition(
            f"status {status.code} can only be sent once the platform has the invoice (SENT); "
            f"this one is {invoice.state.value}"
        )
    await queue_outgoing_status(
        ctx,
        company_siren=company_siren,
        invoice_id=invoice.id,
        platform_id=invoice.platform_id,
        status=status,
    )
    return invoice
