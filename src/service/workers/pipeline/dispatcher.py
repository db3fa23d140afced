"""The outbox's relay: service.workers.relay over the outbox rows, each run by the step of its kind.

A step either completes, reschedules or parks its row; a step that raises is released with backoff, and after
`max_attempts` the invoice is given up on (steps.give_up).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from domain.pipeline_ports import OutboxMessage, OutboxSource
from domain.ports import Clock
from service.workers.pipeline.config import PipelineConfig
from service.workers.relay import GiveUp, Relay, RelaySettings

Step = Callable[[OutboxMessage, str], Awaitable[None]]


def relay_settings(config: PipelineConfig) -> RelaySettings:
    return RelaySettings(
        concurrency=config.concurrency,
        batch_size=config.batch_size,
        lease_s=config.lease_s,
        poll_interval_s=config.poll_interval_s,
        max_attempts=config.max_attempts,
        backoff_base_s=config.backoff_base_s,
        backoff_cap_s=config.backoff_cap_s,
        stop_grace_s=config.stop_grace_s,
    )


class Dispatcher(Relay[OutboxMessage]):
    def __init__(
        self,
        source: OutboxSource,
        steps: Mapping[str, Step],
        config: PipelineConfig,
        clock: Clock,
        *,
        give_up: GiveUp[OutboxMessage],
        owner: str | None = None,
    ) -> None:
        self._steps = dict(steps)
        super().__init__(
            source, self._step, relay_settings(config), clock, name="dispatcher", give_up=give_up, owner=owner
        )

    async def _step(self, message: OutboxMessage, owner: str) -> None:
        step = self._steps.get(message.kind)
        if step is None:
            raise LookupError(f"no step handles outbox kind {message.kind!r}")
        await step(message, owner)
