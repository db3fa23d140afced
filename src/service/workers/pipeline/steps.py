"""What every pipeline step shares: its dependencies and the ways a step ends (done, retried, failed)."""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from domain.emission import OutboundInvoice, ProcessingState
from domain.findings import Finding
from domain.outage import gave_up, outage_payload
from domain.pipeline_ports import NextAttempt, OutboxKind, OutboxMessage, PipelineUnitOfWork, outage_of
from domain.platform import PdpGateway
from domain.platform_breaker import Breakers
from domain.ports import Clock, NotCommitted
from service.workers.pipeline.config import PipelineConfig
from service.workers.relay import Retries

log = logging.getLogger(__name__)

# States no row can be working on any more: giving up on a late redelivery must not overwrite them.
_FINISHED = (
    ProcessingState.SENT,
    ProcessingState.FAILED,
    ProcessingState.INVALID,
    ProcessingState.NOT_TRANSMITTED,
    ProcessingState.CANCELLED,
)


@dataclass(frozen=True, slots=True)
class StepContext:
    uow: Callable[[], PipelineUnitOfWork]
    clock: Clock
    config: PipelineConfig
    rand: Callable[[], float] = field(default=random.random)
    # The database's clock (service.wiring.queue_clock), which the waits and an outage's patience are counted on:
    # a step of the host's wall clock must not give up on what waits on a platform. None: `clock`.
    queue_clock: Clock | None = None
    # The process's platform breakers (domain.platform_breaker), the ones its platform clients ask: a step asks
    # first whether its call would be held, and records nothing of a call never made. None: it does not ask.
    breakers: Breakers | None = None

    @property
    def waits(self) -> Clock:
        return self.queue_clock or self.clock

    @property
    def retries(self) -> Retries[OutboxMessage]:
        """The dispatcher's own retry policy (its settings are `config`), asked inside a step's unit of work."""
        return Retries(self.config, self.waits, self.rand, outage_of=outage_of)


T = TypeVar("T")

Route = Callable[[str], tuple[str, PdpGateway]]
"""company SIREN -> (platform profile name, its gateway): a group's companies may sit on different platforms."""


async def commit_work(
    ctx: StepContext,
    work: Callable[[PipelineUnitOfWork], Awaitable[T]],
    batched: Callable[[], PipelineUnitOfWork] | None = None,
) -> T:
    """Do `work` in a unit of work and commit it. With `batched` (units of work that share their commit with other
    tasks', e.g. the send journal), there first; what that one does not commit (NotCommitted: nothing of it was
    written) is done again, from the start, in a unit of work of its own, which names the cause (a lease lost, an
    invoice changed) or handles the rare case. So `work` changes only what it makes (it works on a copy of the
    invoice it was given) until its commit."""
    if batched is not None:
        try:
            async with batched() as uow:
                result = await work(uow)
                await uow.commit()
                return result
        except NotCommitted:
            pass
    async with ctx.uow() as uow:
        result = await work(uow)
        await uow.commit()
        return result


def fail(ctx: StepContext, invoice: OutboundInvoice, error: str, findings: tuple[Finding, ...] = ()) -> None:
    """FAILED is visible through the API with its last error; retry_invoice queues it again."""
    invoice.fail(ctx.clock.now(), error, findings)
    log.warning("invoice %s failed: %s", invoice.id, error)


async def retry_or_fail(
    ctx: StepContext,
    uow: PipelineUnitOfWork,
    message: OutboxMessage,
    owner: str,
    invoice: OutboundInvoice | None,
    error: str,
    *,
    retry_after_s: float | None = None,
    state: ProcessingState | None = None,
    payload: Mapping[str, Any] | None = None,
    outage: str | None = None,
) -> bool:
    """Count a failed attempt as the relay would (`ctx.retries`: one attempt count, one backoff), in the step's
    unit of work so the invoice moves with the row: rescheduled (the invoice back to `state`), or, its attempts
    spent, given up on by the relay's own hook (`give_up_in`). `outage`: the attempt found that platform profile
    away (the port's PlatformUnavailable): it counts no attempt while the row has waited on it less than the
    patience, and past it the row is given up on naming the outage (Retries.wait_out).

    Returns True when the row was rescheduled. The caller commits.
    """
    retries = ctx.retries
    if outage is not None:
        again = retries.wait_out(message, outage, retry_after_s=retry_after_s)
    else:
        again = retries.give_back(message, retry_after_s=retry_after_s)
    if again.at is None:
        await give_up_in(
            ctx, uow, message, owner, gave_up(error, again.attempt, again.outage, ctx.waits.now()), invoice
        )
        return False
    if invoice is not None:
        invoice.retry_later(ctx.clock.now(), error, next_at=again.at, back_to=state)
        await uow.invoices.save(invoice)
    kept = {**(payload or {}), **outage_payload(message.outage, again.outage)}
    await uow.outbox.reschedule(
        message,
        owner,
        NextAttempt(again.at, error, count=outage is None, payload=kept or None, decided=again.decided),
    )
    return True


async def complete(ctx: StepContext, message: OutboxMessage, owner: str, *, error: str = "") -> None:
    """Finish a row that has nothing (more) to do, e.g. a redelivery of work already done."""
    async with ctx.uow() as uow:
        await uow.outbox.complete(message, owner, error=error)
        await uow.commit()


async def give_up(ctx: StepContext, message: OutboxMessage, owner: str, error: str) -> None:
    """The dispatcher's give-up hook, once a row's attempts are spent on unexpected errors: `give_up_in` on the
    invoice of a transmission's row, whatever state it was left in."""
    async with ctx.uow() as uow:
        invoice = None
        # Only the transmission's own rows fail the invoice: a status row names a received invoice, and a
        # held-payments row that keeps failing leaves its payments held (visible) but the invoice as it is.
        if message.kind in (OutboxKind.RENDER_VALIDATE, OutboxKind.SEND):
            invoice = await uow.invoices.get(message.company_siren, message.invoice_id)
        await give_up_in(ctx, uow, message, owner, error, invoice)
        await uow.commit()


async def give_up_in(
    ctx: StepContext,
    uow: PipelineUnitOfWork,
    message: OutboxMessage,
    owner: str,
    error: str,
    invoice: OutboundInvoice | None,
) -> None:
    """`give_up` in the caller's unit of work, on the `invoice` it holds: park the row, its last attempt counted,
    and make the invoice FAILED with `error`, the give-up's text (domain.outage.gave_up: after how many attempts, or
    the outage waited out and how long it lasted), visible, and retry_invoice queues it again, unless a late
    redelivery finds it finished. The caller commits."""
    if invoice is not None and invoice.state not in _FINISHED:
        fail(ctx, invoice, error)
        await uow.invoices.save(invoice)
    await uow.outbox.complete(message, owner, error=error, count=True)
