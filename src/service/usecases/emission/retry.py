"""retry_invoice: an operator (or the client) queues a FAILED invoice again once the cause is fixed."""

from __future__ import annotations

from domain.emission import OutboundInvoice, ProcessingState
from domain.errors import InvoiceNotFound
from domain.pipeline_ports import OutboxKind, PipelineUnitOfWork, QueuedWork
from domain.ports import Clock


async def retry_invoice(
    company_siren: str, invoice_id: str, *, uow: PipelineUnitOfWork, clock: Clock
) -> OutboundInvoice:
    """A validated document is sent again (after reconciling if an upload may have reached the platform);
    otherwise the invoice is rendered and validated again."""
    async with uow:
        invoice = await uow.invoices.get(company_siren, invoice_id)
        if invoice is None:
            raise InvoiceNotFound(invoice_id)
        document = (
            await uow.transmissions.document(invoice.id) if invoice.state is ProcessingState.FAILED else None
        )
        validated = document is not None and document.sha256 == invoice.document_sha256
        invoice.requeue(clock.now(), validated=validated)  # IllegalInvoiceTransition unless FAILED
        kind = OutboxKind.SEND if validated else OutboxKind.RENDER_VALIDATE
        await uow.invoices.save(invoice)
        await uow.outbox.add(QueuedWork(kind, invoice.company_siren, invoice.id))
        await uow.commit()
        return invoice
