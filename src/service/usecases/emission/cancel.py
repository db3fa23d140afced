"""cancel_invoice: void an invoice that never reached the platform, so the corrected one can take its number.

The cancel and a dispatcher's send never both happen: the invoice's open outbox rows are locked first (as a claim
locks them), so a claim in progress is waited for and a later one skips them. Then:
- a dispatcher holding a row's lease may be about to upload: ConcurrencyConflict (ABORTED, retry in a moment);
- otherwise the rows are closed in the same transaction as CANCELLED, and every dispatcher write needs its lease
  on an open row (and the invoice at the version it read), so nothing is sent after the commit;
- an invoice whose upload already started is SENDING or later, or has a submission whose outcome is unknown: the
  domain refuses it (only a credit note or a corrective invoice corrects it).
"""

from __future__ import annotations

from domain.emission import OutboundInvoice, ProcessingState, already_cancelled, checked_cancel_reason
from domain.errors import ConcurrencyConflict, RequestRejected
from domain.pipeline_ports import Cancellation, PipelineUnitOfWork, SubmissionOutcome
from domain.ports import Clock
from service.usecases.emission.invoices import stored_invoice
from service.usecases.emission.payments import refuse_held
from service.usecases.emission.request_ids import request_id_finding


async def cancel_invoice(
    company_siren: str,
    invoice_id: str,
    *,
    reason: str,
    request_id: str,
    uow: PipelineUnitOfWork,
    clock: Clock,
) -> OutboundInvoice:
    """The invoice CANCELLED with `reason`; the same `request_id` again answers it without any change."""
    refused_id = request_id_finding(request_id, "a retried cancellation")
    if refused_id:
        raise RequestRejected([refused_id])
    checked_cancel_reason(reason)  # a malformed request is refused before anything is read
    async with uow:
        held = await uow.outbox.hold_open_rows(company_siren, invoice_id)
        invoice = await stored_invoice(
            uow.invoices, company_siren, invoice_id, attachments=False
        )  # read under the rows' lock
        if invoice.state is ProcessingState.CANCELLED:
            done = await uow.transmissions.cancellation(invoice.id)
            if done is not None and done.request_id == request_id:
                return invoice  # a retry of the same request
            since = f" on {done.cancelled_at.date().isoformat()} ({done.reason})" if done else ""
            raise already_cancelled(f"invoice {invoice.number!r} is already cancelled{since}")
        submission = await uow.transmissions.submission(invoice.id)
        may_be_on_platform = submission is not None and (
            submission.outcome.may_be_on_platform or submission.outcome is SubmissionOutcome.ACCEPTED
        )
        now = clock.now()
        event = invoice.cancel(reason, now, may_be_on_platform=may_be_on_platform)
        if held.leased:
            # The dispatcher is rendering or about to upload it: its outcome decides, then cancel again.
            raise ConcurrencyConflict(
                f"invoice {invoice.id} is being processed by the dispatcher right now; retry the cancellation"
            )
        await uow.outbox.close_rows(held, f"CANCELLED: {event.detail}")
        await refuse_held(uow, invoice, now)  # after the rows' lock, as the held-payments step takes them
        await uow.transmissions.save_cancellation(
            Cancellation(invoice.id, company_siren, request_id, event.detail, now)
        )
        await uow.invoices.save(invoice)
        await uow.commit()
        return invoice
