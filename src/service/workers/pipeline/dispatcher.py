"""The outbox's relay: service.workers.relay over the outbox rows, each run by the step of its kind.

A step either completes, reschedules or parks its row; a step that raises is released with backoff, and after
`max_attempts` the invoice is given up on (steps.give_up).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from domain.pipeline_ports import OutboxMessage, OutboxSource, outage_of
from domain.ports import LocalFault, OutageCheck, no_local_fault
from service.workers.pipeline.steps import StepContext
from service.workers.relay import GiveUp, Relay, worker_name

Step = Callable[[OutboxMessage, str], Awaitable[None]]


class Dispatcher(Relay[OutboxMessage]):
    """The relay over the outbox, on the steps' own context: its settings, clock and jitter are the ones a step's
    in-transaction retry uses (`StepContext.retries`), so both count, wait and give up alike."""

    def __init__(
        self,
        source: OutboxSource,
        steps: Mapping[str, Step],
        ctx: StepContext,
        *,
        give_up: GiveUp[OutboxMessage],
        is_outage: OutageCheck,
        local_fault: LocalFault = no_local_fault,
        owner: str | None = None,
    ) -> None:
        self._steps = dict(steps)
        super().__init__(
            source,
            self._step,
            ctx.config,
            ctx.waits,
            name="dispatcher",
            is_outage=is_outage,
            local_fault=local_fault,
            give_up=give_up,
            owner=owner or worker_name(),
            outage_of=outage_of,
            rand=ctx.rand,
        )

    async def _step(self, message: OutboxMessage, owner: str) -> None:
        step = self._steps.get(message.kind)
        if step is None:
            raise LookupError(f"no step handles outbox kind {message.kind!r}")
        await step(message, owner)
