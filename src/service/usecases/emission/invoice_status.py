"""set_invoice_status: a status we send about one of our own invoices (e.g. 212 Encaissée), through the outbox."""

from __future__ import annotations

from datetime import datetime

from domain.emission import OutboundInvoice, ProcessingState
from domain.errors import IllegalTransition, InvoiceNotFound
from domain.outgoing_statuses import status_work
from domain.pipeline_ports import PipelineUnitOfWork
from domain.platform import OutgoingStatus
from domain.ports import Clock


async def set_invoice_status(
    company_siren: str,
    invoice_id: str,
    status: OutgoingStatus,
    *,
    uow: PipelineUnitOfWork,
    clock: Clock,
) -> OutboundInvoice:
    """Only a SENT invoice has a platform id a status can refer to; the lifecycle checks the rest."""
    async with uow:
        invoice = await uow.invoices.get(company_siren, invoice_id)
        if invoice is None:
            raise InvoiceNotFound(invoice_id)
        if invoice.state is not ProcessingState.SENT or not invoice.platform_id:
            raise IllegalTransition(
                f"status {status.code} can only be sent once the platform has the invoice (SENT); "
                f"this one is {invoice.state.value}"
            )
        await queue_outgoing_status(
            uow,
            clock.now(),
            company_siren=company_siren,
            invoice_id=invoice.id,
            platform_id=invoice.platform_id,
            status=status,
        )
        await uow.commit()
    return invoice


async def queue_outgoing_status(
    uow: PipelineUnitOfWork,
    now: datetime,
    *,
    company_siren: str,
    invoice_id: str,
    platform_id: str,
    status: OutgoingStatus,
) -> None:
    """Check the status against the invoice's status history and the lifecycle (raises IllegalTransition naming the
    rules), then queue it in `uow`, which the caller commits (a payment and its 212 are committed together): the
    dispatcher sends it with the usual retries."""
    history = await uow.transmissions.statuses(invoice_id)
    work = status_work(
        history,
        now,
        company_siren=company_siren,
        invoice_id=invoice_id,
        platform_id=platform_id,
        status=status,
    )
    await uow.outbox.add(work)
