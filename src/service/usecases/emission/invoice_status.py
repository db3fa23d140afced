"""set_invoice_status: a status we send about one of our own invoices (e.g. 212 Encaissée), through the outbox."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime

from domain.emission import OutboundInvoice, ProcessingState
from domain.errors import IllegalTransition, RequestRejected
from domain.findings import Finding, Severity
from domain.lifecycle import CANCELLED
from domain.outgoing_statuses import status_work
from domain.pipeline_ports import PipelineUnitOfWork
from domain.platform import OutgoingStatus
from domain.ports import Clock
from service.usecases.corrections import IssuedCorrections, corrective_replacing
from service.usecases.emission.invoices import stored_invoice
from service.usecases.emission.request_ids import (
    claimed_before,
    request_id_finding,
    status_request_fingerprint,
)

NOT_SENT_RULE = "PDP-STATUS-NOT-SENT"  # a status names the platform's id of the invoice: it must have one
# A 212 reports a payment received, which the administration's pre-filled VAT counts: only the books
# (record_payment) may say one, checked against what is owed and derived from the payment, once per payment id.
PAYMENT_RULE = "PDP-STATUS-PAYMENT"
# The seller's 220 (XP Z12-014 UC4) closes an invoice a corrective invoice replaced, on a platform that carries it.
NOT_REPLACED_RULE = "PDP-STATUS-NOT-REPLACED"
PLATFORM_RULE = "PDP-STATUS-PLATFORM"
# A company -> the platform profile its invoices go through and whether that platform carries the seller's 220
# (domain.platform_profile.PlatformServices.carries_cancelled).
CancelledCarried = Callable[[str], tuple[str, bool]]


async def set_invoice_status(
    company_siren: str,
    invoice_id: str,
    status: OutgoingStatus,
    *,
    uow: PipelineUnitOfWork,
    clock: Clock,
    request_id: str = "",
    cancelled_carried: CancelledCarried | None = None,
) -> OutboundInvoice:
    """Only a SENT invoice has a platform id a status can refer to; the lifecycle checks the rest. With a
    `request_id`, the same request again answers the invoice without queuing the status twice (a retry after a
    timeout), and the id asking another status is a RequestConflict; without, every call queues its status. A 212
    is refused (PDP-STATUS-PAYMENT): a payment is recorded (record_payment), which derives its 212. A 220 closes
    an invoice a corrective invoice with its buyer replaced (`_closing`), on a platform that carries it
    (`cancelled_carried`; without one, none is known to)."""
    refused_id = request_id_finding(request_id, "a retried status", required=False)
    if refused_id:
        raise RequestRejected([refused_id])
    async with uow:
        invoice = await stored_invoice(uow.invoices, company_siren, invoice_id, attachments=False)
        if request_id:
            asked = _fingerprint(invoice.id, status)
            if await claimed_before(uow, company_siren, request_id, asked, invoice.id) is not None:
                return invoice  # a retry: queued by the first call (its transaction committed, or this claim waits)
        if status.code == "212":
            # after the replay's look: a 212 an earlier release took, retried, is answered as its first call was
            # (refused, the retry's caller would take the status queued for one that failed); the claim rolls back
            raise RequestRejected([_payment_status()])
        if invoice.state is not ProcessingState.SENT or not invoice.platform_id:
            message = (
                f"status {status.code} can only be sent once the platform has the invoice (SENT); "
                f"this one is {invoice.state.value}"
            )
            raise IllegalTransition(
                message, (Finding(NOT_SENT_RULE, Severity.FATAL, message, "invoice_id", layer="gateway"),)
            )
        if status.code == CANCELLED:
            await _closing(uow, invoice, cancelled_carried)
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


async def _closing(
    uow: PipelineUnitOfWork, invoice: OutboundInvoice, carried: CancelledCarried | None
) -> None:
    """The seller's 220 (Annulée) on `invoice`: XP Z12-014 Annexe B UC4b_05, "once the corrected invoice has been
    sent, the SELLER sets the status of the original invoice to Canceled", to close the life cycle of an invoice
    "replaced by the corrected invoice". So only on an invoice whose books say a corrective invoice with its buyer
    (not ended) replaces it: on another, a 220 would close a claim still owed. Asked, never sent by the gateway on
    its own (with the 384 it would go before the 384 could still be rejected). Refused, before anything is queued,
    where the company's platform cannot carry it (IOPOLE: its status API has no label for 220)."""
    platform, carries = carried(invoice.company_siren) if carried is not None else ("", False)
    if not carries:
        message = (
            f"platform {platform or '(unknown)'} cannot carry status 220 (Annulée): its status API has no such code;"
            " the replaced invoice owes nothing in the books all the same (settlement.replaced_by)"
        )
        raise IllegalTransition(
            message, (Finding(PLATFORM_RULE, Severity.FATAL, message, "code", layer="gateway"),)
        )
    side = IssuedCorrections(uow.payments, invoice.company_siren)
    if await corrective_replacing(side, invoice.invoice) is None:
        message = (
            f"status 220 closes an invoice a corrective invoice replaced (XP Z12-014 UC4): no corrective invoice with"
            f" its buyer replaces {invoice.invoice.number}, which is still owed; correct it with a 384 first"
        )
        raise IllegalTransition(
            message, (Finding(NOT_REPLACED_RULE, Severity.FATAL, message, "invoice_id", layer="gateway"),)
        )


def _payment_status() -> Finding:
    return Finding(
        PAYMENT_RULE,
        Severity.FATAL,
        "a 212 reports a payment: record it with RecordPayment (pdp-gateway invoice pay), which checks it"
        " against the books and queues its 212",
        "code",
        layer="gateway",
    )


def _fingerprint(invoice_id: str, status: OutgoingStatus) -> str:
    return status_request_fingerprint({"invoice_id": invoice_id, "status": str(asdict(status))})
