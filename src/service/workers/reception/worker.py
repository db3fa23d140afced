"""The inbox worker: the one leased-queue relay (service.workers.relay) over the webhook inbox, each delivery run
by the DeliveryProcessor.

Woken by NOTIFY webhook_inbox (one LISTEN connection, supervised apart from the relay), with a polling fallback so
that a lost notification, a retry that fell due or a lease that expired (a crashed process) is picked up anyway.
Several workers and several processes can run side by side. `stop()` lets in-flight deliveries finish (bounded);
what it interrupts is redone by the next worker once the lease expires (nothing was committed). A delivery whose
processing raised is retried with the relay's backoff and jitter, and marked UNPROCESSABLE (visible, replayable)
after the policy's `max_attempts`; the processor itself parks what it cannot route.
"""

from __future__ import annotations

from dataclasses import dataclass

from adapters.postgres.inbox import PgInbox
from domain.reception import StoredDelivery
from service.workers.reception.processing import DeliveryProcessor, ProcessingPolicy
from service.workers.relay import Relay, RelaySettings
from service.workers.supervisor import Supervised, Supervisor


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    concurrency: int = 8
    batch_size: int = 32
    lease_s: float = 120.0
    poll_interval_s: float = 2.0
    stop_grace_s: float = 10.0  # on stop, how long the deliveries in flight may finish


def relay_settings(settings: WorkerSettings, policy: ProcessingPolicy) -> RelaySettings:
    return RelaySettings(
        concurrency=settings.concurrency,
        batch_size=settings.batch_size,
        lease_s=settings.lease_s,
        poll_interval_s=settings.poll_interval_s,
        max_attempts=policy.max_attempts,
        backoff_base_s=policy.base_delay_s,
        backoff_cap_s=policy.max_delay_s,
        stop_grace_s=settings.stop_grace_s,
    )


def _failed_before(delivery: StoredDelivery) -> int:
    """The inbox counts an attempt when it is claimed: the failed ones before it are one fewer."""
    return delivery.attempts - 1


class InboxWorker:
    """Two supervised tasks: `inbox-worker` (the relay) and `inbox-listener` (the LISTEN connection)."""

    def __init__(
        self,
        inbox: PgInbox,
        processor: DeliveryProcessor,
        settings: WorkerSettings | None = None,
        *,
        supervisor: Supervisor | None = None,
    ) -> None:
        self._inbox = inbox
        self._processor = processor
        self._supervisor = supervisor or Supervisor()
        self._handles: list[Supervised] = []
        self.relay = Relay(
            inbox,
            self._process,
            relay_settings(settings or WorkerSettings(), processor.policy),
            processor.clock,
            name="inbox-worker",
            failed_before=_failed_before,
        )
        self.owner = self.relay.owner
        self.processed = 0  # deliveries marked DONE, PARKED or UNPROCESSABLE by their processing

    async def start(self) -> None:
        if not self._handles:
            self._handles = [
                self._supervisor.start("inbox-worker", self.relay.run),
                self._supervisor.start("inbox-listener", self._inbox.listen),
            ]

    async def stop(self) -> None:
        """In-flight deliveries finish first (bounded by `stop_grace_s`)."""
        handles, self._handles = self._handles, []
        for handle in handles:
            await self._supervisor.stop(handle)

    async def abort(self) -> None:
        """Hard stop, as a crash would: in-flight deliveries are cancelled uncommitted and keep their lease until
        it expires, then another worker redoes them."""
        await self.relay.abort()
        await self.stop()

    async def _process(self, delivery: StoredDelivery, owner: str) -> None:
        if await self._processor.process(delivery, owner) is not None:
            self.processed += 1
