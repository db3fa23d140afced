"""Step `held_payments`: the payments recorded before their invoice was deposited, applied or refused.

One row per invoice with held payments (service.usecases.emission.payments writes it with the first one). It waits
for the invoice's transmission to end without spending an attempt (the deposit is not this row's to make). The
commit that ends it (SENT, INVALID, FAILED, CANCELLED) makes the row due at once and wakes the dispatcher
(PostgreSQL trigger, migration 0180), so the payments follow the deposit in its own flow; the looks with backoff
(at most a minute apart) are only the safety net. Then:
- SENT (or kept off the platform, NOT_TRANSMITTED): every held payment is applied in the order it was recorded,
  as if recorded then: its 212, its payment data, a PAYMENT event;
- INVALID, FAILED, CANCELLED: every held payment is REFUSED (PAY-NOT-DEPOSITED), each a PAYMENT_REFUSED event in
  the invoice's history (CancelInvoice refuses them itself, in the cancel's transaction).
A payment recorded on the SENT invoice before this row runs applies the held ones first (the same use case), so
the row may find nothing left: it just completes. A row that runs out of attempts on unexpected errors leaves its
payments HELD with nothing to apply them: they are counted as parked (`pdp_gateway_parked_items{what=
"held_payments"}`, `pdp-gateway doctor`'s `parked` check; adapters.postgres.operations), never silent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from domain.emission import OutboundInvoice, ProcessingState
from domain.pipeline_ports import NextAttempt, OutboxMessage, PipelineUnitOfWork
from service.workers.pipeline.steps import StepContext
from service.workers.relay import alive

# What the row does once the invoice's transmission ended: the use cases of service.usecases.emission.payments
# (apply_held, refuse_held), which the wiring gives the step (a worker imports no use case). Each works in the
# step's unit of work at the step's time; the step saves the invoice.
HeldPaymentsEnd = Callable[[PipelineUnitOfWork, OutboundInvoice, datetime], Awaitable[object]]

_WAITS = "waits"  # payload key: how many times the row looked and found the invoice still on its way
# The longest wait between two looks, for one read a minute per invoice with held payments. Only the safety net:
# the deposit's commit wakes the row at once (migration 0180).
MAX_WAIT_S = 60.0


class HeldPaymentsStep:
    def __init__(self, ctx: StepContext, *, apply: HeldPaymentsEnd, refuse: HeldPaymentsEnd) -> None:
        self._ctx = ctx
        self._apply = apply
        self._refuse = refuse

    async def __call__(self, message: OutboxMessage, owner: str) -> None:
        ctx = self._ctx
        now = ctx.clock.now()
        async with ctx.uow() as uow:
            # The row first, then the payments' lock (payments.held), as CancelInvoice takes them: no lock cycle.
            # Locked before the invoice is read: a deposit committed meanwhile wakes the row (migration 0180) only
            # after this transaction, so a reschedule below never hides it.
            await uow.outbox.renew(message, owner, ctx.config.lease_s)
            alive()  # a sign of life however long the step runs (the relay's stall bound)
            invoice = await uow.invoices.get(message.company_siren, message.invoice_id, attachments=False)
            if invoice is not None and invoice.state.awaiting_deposit:
                waits = int(message.payload.get(_WAITS, 0)) + 1
                at = ctx.config.backoff(ctx.rand).at(now, waits)
                again = NextAttempt(
                    at=at,
                    error=f"invoice {invoice.number} is {invoice.state.value}: waiting for its deposit",
                    count=False,
                    payload={_WAITS: waits},
                    decided=now,
                )
                await uow.outbox.reschedule(message, owner, again)
                await uow.commit()
                return
            await uow.outbox.complete(message, owner)
            if invoice is not None:
                version = invoice.version
                if invoice.state in (ProcessingState.SENT, ProcessingState.NOT_TRANSMITTED):
                    await self._apply(uow, invoice, now)
                else:
                    await self._refuse(uow, invoice, now)
                if invoice.version != version:  # nothing held any more: a payment applied them meanwhile
                    await uow.invoices.save(invoice)
            await uow.commit()
