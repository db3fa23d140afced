"""record_payment: money received on one of our invoices, as a fact; the books per VAT rate, the 212 and the payment
e-reporting follow from it, committed together (domain.payments holds the rules).

- Idempotent on the caller's payment id: the same id with the same content answers the first outcome again and
  changes nothing; with other content it is a RequestConflict.
- The invoice must be one the buyer has: deposited on the platform (SENT) or kept off it by its processing rule
  (NOT_TRANSMITTED). Before it is deposited (or once it failed) there is no invoice to pay: PAY-NOT-ISSUED.
- Under VAT on receipt (domain.payments.vat_on_receipt), each payment or reversal queues one 212 with its amount
  per VAT rate (one MDG-43 block per rate), and its payment data goes to the e-reporting (flux 10.2, or 10.4 with
  the day's B2C payments for a sale to a consumer; key
  `invoice/<id>/payment/<payment id>`, so it is counted once); otherwise the payment only moves the books.
- A PAYMENT event in the invoice's history (and Watch) says how the payment was applied; it is also the payment's
  one entry in the company's hash-chained audit log (`invoice.payment`, domain.audit_trail), with who did it and the
  payment's facts (id, date, amount per VAT rate, outstanding, 212 queued, reporting key).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain.emission import EventKind, OutboundInvoice, ProcessingState
from domain.errors import ConcurrencyConflict, InvoiceNotFound, RequestConflict
from domain.findings import Finding, Severity
from domain.invoice import ProcessingRule
from domain.payment_ports import StoredPayment
from domain.payments import Payment, PaymentApplied, PaymentRefused, PaymentSide, Settlement, vat_on_receipt
from domain.pipeline_ports import PipelineUnitOfWork
from domain.platform import OutgoingStatus
from domain.reporting.payments import PaymentAmount, PaymentEvent
from service.workers.pipeline.statuses import queue_status_in
from service.workers.pipeline.steps import StepContext

_CONFLICT_RETRIES = 5


@dataclass(frozen=True, slots=True)
class PaymentOutcome:
    invoice: OutboundInvoice
    payment: PaymentApplied
    books: Settlement
    replayed: bool = False  # the same payment id and content was recorded before: nothing changed
    status_queued: bool = False  # a 212 was queued for the platform
    reported: bool = False  # its payment data feeds the e-reporting (flux 10.2)


def report_key(invoice_id: str, payment_id: str) -> str:
    return f"invoice/{invoice_id}/payment/{payment_id}"


async def record_payment(
    ctx: StepContext, company_siren: str, invoice_id: str, payment: Payment
) -> PaymentOutcome:
    """Written in the company's audit log with the payment, as whoever the edge says acts (domain.audit)."""
    for attempt in range(_CONFLICT_RETRIES):
        try:
            return await _record(ctx, company_siren, invoice_id, payment)
        except ConcurrencyConflict:  # another payment or status moved the invoice meanwhile: read it again
            if attempt == _CONFLICT_RETRIES - 1:
                raise
    raise AssertionError("unreachable: the last conflict is raised")


async def invoice_books(ctx: StepContext, company_siren: str, invoice: OutboundInvoice) -> Settlement:
    """The invoice's books as persisted: what is owed per rate, with what its payments paid."""
    async with ctx.uow() as uow:
        return await _books(uow, invoice)


async def _books(uow: PipelineUnitOfWork, invoice: OutboundInvoice) -> Settlement:
    return Settlement.for_invoice(invoice.invoice).with_paid(await uow.payments.paid_per_rate(invoice.id))


async def _record(ctx: StepContext, company_siren: str, invoice_id: str, payment: Payment) -> PaymentOutcome:
    now = ctx.clock.now()
    async with ctx.uow() as uow:
        invoice = await uow.invoices.get(company_siren, invoice_id)
        if invoice is None:
            raise InvoiceNotFound(invoice_id)
        known = await uow.payments.get(company_siren, payment.payment_id)
        if known is not None:
            if known.invoice_id != invoice.id or known.request != payment:
                raise RequestConflict(
                    f"payment id {payment.payment_id!r} was already recorded with other content"
                    f" (invoice {known.invoice_id}, {known.request.amount} on {known.request.paid_on})"
                )
            return PaymentOutcome(invoice, known.applied, await _books(uow, invoice), replayed=True)
        if not invoice.allows(EventKind.PAYMENT):
            raise PaymentRefused(
                f"PAY-NOT-ISSUED: invoice {invoice.number} is {invoice.state.value}: it is not with its buyer yet",
                (
                    Finding(
                        "PAY-NOT-ISSUED",
                        Severity.FATAL,
                        f"the invoice is {invoice.state.value}: only a deposited invoice (SENT), or one kept off"
                        " the platform by its processing rule (NOT_TRANSMITTED), is paid",
                        "invoice_id",
                        layer="payments",
                    ),
                ),
            )
        books, applied = (await _books(uow, invoice)).apply(payment)
        on_receipt = vat_on_receipt(invoice.invoice)
        report = _report(invoice, applied) if on_receipt else None
        await uow.payments.add(
            StoredPayment(company_siren, invoice.id, PaymentSide.RECEIVED, payment, applied, now),
            books,
            report,
        )
        queued = False
        if on_receipt and invoice.state is ProcessingState.SENT and invoice.platform_id:
            await queue_status_in(
                ctx,
                uow,
                company_siren=company_siren,
                invoice_id=invoice.id,
                platform_id=invoice.platform_id,
                status=_status_212(invoice, applied),
            )
            queued = True
        detail = applied.describe() + f"; outstanding {books.outstanding}"
        if queued:
            detail += "; 212 queued"
        invoice.record_payment(now, detail=detail, facts=_facts(invoice, applied, books, queued, report))
        await uow.invoices.save(invoice)
        await uow.commit()
    return PaymentOutcome(invoice, applied, books, status_queued=queued, reported=report is not None)


def _status_212(invoice: OutboundInvoice, applied: PaymentApplied) -> OutgoingStatus:
    """One 212 per payment: its amount, with one MDG-43 block per VAT rate (a single rate travels as the
    status's own amount and rate, which every platform takes)."""
    parts = tuple((p.vat_rate, p.amount) for p in applied.parts)
    single = len(parts) == 1
    return OutgoingStatus(
        code="212",
        message=f"payment {applied.payment_id} of {applied.paid_on.isoformat()}",
        amount=applied.amount,
        currency=invoice.invoice.currency,
        vat_rate=parts[0][0] if single else None,
        parts=() if single else parts,
    )


def _report(invoice: OutboundInvoice, applied: PaymentApplied) -> PaymentEvent:
    """Per invoice (10.2), or aggregated with the day's B2C payments (10.4) for a sale to a consumer."""
    b2c = invoice.invoice.processing_rule is ProcessingRule.B2C
    return PaymentEvent(
        key=report_key(invoice.id, applied.payment_id),
        day=applied.paid_on,
        amounts=tuple(PaymentAmount(p.vat_rate, p.amount) for p in applied.parts),
        invoice_id=None if b2c else invoice.number,
        invoice_date=None if b2c else invoice.invoice.issue_date,
        currency=invoice.invoice.currency,
    )


def _facts(
    invoice: OutboundInvoice,
    applied: PaymentApplied,
    books: Settlement,
    queued: bool,
    report: PaymentEvent | None,
) -> dict[str, Any]:
    """What the payment's audit entry records (its PAYMENT event's), beside the invoice's number and state."""
    return {
        "payment_id": applied.payment_id,
        "paid_on": applied.paid_on,
        "amount": applied.amount,
        "reversal": applied.is_reversal,
        "parts": [{"vat_rate": p.vat_rate, "amount": p.amount} for p in applied.parts],
        "outstanding": books.outstanding,
        "status_212_queued": queued,
        "reported_as": report.key if report is not None else None,
    }
